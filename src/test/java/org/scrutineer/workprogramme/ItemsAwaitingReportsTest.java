package org.scrutineer.workprogramme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.scrutineer.report.ReportRegistration;
import org.scrutineer.report.ReportRegistrationRequest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A scheduled item with no report registered five working days before its meeting's report deadline
 * is in democratic services' morning digest, until a report for it is registered; not before the
 * five days, and not for an item in reserve.
 */
@ScrutineerTest
class ItemsAwaitingReportsTest {

    @Autowired MeetingService meetings;
    @Autowired WorkProgramme programme;
    @Autowired ReportRegistration registration;
    @Autowired RuntimeService runtimeService;
    @Autowired OutboxRepository outbox;
    @Autowired WorkingDayCalendar calendar;
    @Autowired AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void morningOf(LocalDate day) {
        clock.freezeAt(LondonTime.at(day, java.time.LocalTime.of(8, 0)).toInstant());
        runtimeService.startProcessInstanceByMessage("runOverdueReminders");
    }

    private List<String> clerksDigestsOn(LocalDate day) {
        return outbox.findAll().stream().filter(m -> m.getRecipient().equals("clerk@council.example") && "overdue-digest".equals(m.getKind())
                && LondonTime.of(java.util.Date.from(m.getCreatedAt())).toLocalDate().equals(day)).map(OutboxMessage::getBody).toList();
    }

    @Test
    void aScheduledItemWithoutItsReportIsInTheDigestFromFiveWorkingDaysBeforeTheDeadlineUntilOneIsRegistered() {
        clock.freezeAt(java.time.Instant.parse("2033-01-04T09:00:00Z"));
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2033-03-15T14:17"), null);
        programme.add("cyp", new WorkProgrammeChange("Youth violence reduction", null, null, null, "committee-item", meeting.id(), "member",
                "scheduled", null, null));
        programme.add("cyp", new WorkProgrammeChange("School transport for disabled children", null, null, null, "committee-item", null,
                "member", "proposed", null, null));
        LocalDate deadline = meeting.deadlines().reportDeadline();

        LocalDate early = calendar.addWorkingDays(deadline, -6);
        morningOf(early);
        assertThat(String.join("\n", clerksDigestsOn(early))).doesNotContain("\"Youth violence reduction\" is planned");

        LocalDate prompted = calendar.addWorkingDays(deadline, -5);
        morningOf(prompted);
        assertThat(clerksDigestsOn(prompted)).hasSize(1);
        assertThat(clerksDigestsOn(prompted).get(0)).contains("\"Youth violence reduction\" is planned for the meeting of Tuesday 15 March 2033, "
                + "and no report for it is registered", "/staff/work-programme/").doesNotContain("School transport for disabled children");

        registration.register(new ReportRegistrationRequest(meeting.id(), "Youth violence reduction: the partnership's plan", "Director of Children's Services",
                "open", null, "non-key", List.of("All wards"), new ReportRegistrationRequest.Implications(false, false, false, false, false), false),
                "author");
        LocalDate after = calendar.addWorkingDays(deadline, -4);
        morningOf(after);
        assertThat(String.join("\n", clerksDigestsOn(after))).doesNotContain("\"Youth violence reduction\" is planned");
    }
}
