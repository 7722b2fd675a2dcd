package org.scrutineer.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.scrutineer.calendar.LondonTime;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.scrutineer.web.NotFound;
import org.springframework.stereotype.Component;

/**
 * The dates of a recommendation's tasks and timers, used by the model as
 * {@code ${recommendationDates...}}. Those that hang on the response's due date are read from the
 * recommendation each time, so an extension moves them.
 */
@Component("recommendationDates")
public class RecommendationDates {

    private static final LocalTime MORNING = LocalTime.of(8, 0);

    private final RecommendationRepository recommendations;
    private final WorkingDayCalendar calendar;
    private final RecommendationSettings settings;
    private final Clock clock;

    RecommendationDates(RecommendationRepository recommendations, WorkingDayCalendar calendar, RecommendationSettings settings, Clock clock) {
        this.recommendations = recommendations;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    public Date sendDue() {
        return endOf(calendar.addWorkingDays(today(), settings.sendWithinWorkingDays()));
    }

    public Date responseDue(long recommendationId) {
        return endOf(due(recommendationId));
    }

    public Date reminderBeforeDue(long recommendationId) {
        return morningOf(calendar.addWorkingDays(due(recommendationId), -settings.remindWorkingDaysBefore()));
    }

    public Date reminderOnDue(long recommendationId) {
        return morningOf(due(recommendationId));
    }

    public Date escalation(long recommendationId) {
        return morningOf(due(recommendationId).plusDays(1));
    }

    public Date lapse(long recommendationId) {
        Recommendation r = recommendation(recommendationId);
        LocalDate sent = r.getDateSent() != null ? r.getDateSent() : r.getDueDate();
        return morningOf(sent.plus(settings.lapseAfter()));
    }

    public Date nextProgressUpdate() {
        return morningOf(today().plus(settings.progressUpdateEvery()));
    }

    public Date outcomeDue() {
        return endOf(today().plus(settings.outcomeWithin()));
    }

    /** For progress updates and lapse confirmation. */
    public Date taskDue() {
        return endOf(calendar.addWorkingDays(today(), settings.taskWorkingDays()));
    }

    private LocalDate due(long recommendationId) {
        LocalDate due = recommendation(recommendationId).getDueDate();
        if (due == null) {
            throw new IllegalStateException("Recommendation " + recommendationId + " has no due date");
        }
        return due;
    }

    private Recommendation recommendation(long id) {
        return recommendations.findById(id).orElseThrow(() -> NotFound.withId("recommendation", id));
    }

    private LocalDate today() {
        return LondonTime.today(clock);
    }

    private static Date morningOf(LocalDate day) {
        return LondonTime.at(day, MORNING);
    }

    private static Date endOf(LocalDate day) {
        return LondonTime.endOfWorkingDay(day);
    }
}
