package org.scrutineer.workprogramme;

import static org.scrutineer.calendar.LondonTime.endOfWorkingDay;

import java.time.Clock;
import java.util.Date;

import org.scrutineer.calendar.LondonTime;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.scrutineer.meeting.MunicipalYears;
import org.springframework.stereotype.Component;

/** The topic-suggestion model's dates, as {@code ${topicSuggestionDates...}}. */
@Component("topicSuggestionDates")
public class TopicSuggestionDates {

    private final WorkingDayCalendar calendar;
    private final MunicipalYears years;
    private final SuggestionSettings settings;
    private final Clock clock;

    TopicSuggestionDates(WorkingDayCalendar calendar, MunicipalYears years, SuggestionSettings settings, Clock clock) {
        this.calendar = calendar;
        this.years = years;
        this.settings = settings;
        this.clock = clock;
    }

    /** The end of the working day the configured number of working days from today. */
    public Date screeningDue() {
        return endOfWorkingDay(calendar.addWorkingDays(LondonTime.today(clock), settings.screenWithinWorkingDays()));
    }

    /** The end of the working day the configured time from today, when the suggester's contact details are erased. */
    public Date eraseContactDetails() {
        return endOfWorkingDay(calendar.nextWorkingDayOnOrAfter(LondonTime.today(clock).plus(settings.eraseContactDetailsAfter())));
    }

    /** The end of the last day of this municipal year, when a topic not taken by then stops waiting for its meeting. */
    public Date endOfTheYear() {
        return endOfWorkingDay(years.endOf(LondonTime.today(clock)));
    }
}
