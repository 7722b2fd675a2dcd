package org.scrutineer.meeting;

import java.util.List;
import java.util.Optional;

import org.scrutineer.calendar.CalendarCoverage;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.dashboard.DashboardWarning;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Tells staff on their dashboard which upcoming meetings have deadlines in a year whose bank holidays are not known. */
@Component
class UncoveredMeetingDeadlines implements DashboardWarning {

    private static final int NAMED = 3;

    private final MeetingService meetings;
    private final CalendarCoverage coverage;
    private final DateWords words;

    UncoveredMeetingDeadlines(MeetingService meetings, CalendarCoverage coverage, DateWords words) {
        this.meetings = meetings;
        this.coverage = coverage;
        this.words = words;
    }

    @Override
    public Optional<String> warningFor(Authentication user) {
        List<ScheduledMeeting> uncovered = meetings.upcoming().stream().filter(m -> coverage.warningFor(m.calendarDates()) != null).toList();
        if (uncovered.isEmpty()) {
            return Optional.empty();
        }
        List<String> days = uncovered.stream().limit(NAMED).map(m -> words.shortDate(m.startsAt().toLocalDate())).toList();
        String named = String.join(", ", days) + (uncovered.size() > NAMED ? " and " + (uncovered.size() - NAMED) + " more" : "");
        String warning = coverage.warningFor(uncovered.stream().flatMap(m -> m.calendarDates().stream()).toList());
        return Optional.of((uncovered.size() == 1 ? "The meeting on " : "The meetings on ") + named + ": " + warning);
    }
}
