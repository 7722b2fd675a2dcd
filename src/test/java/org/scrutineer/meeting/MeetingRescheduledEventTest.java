package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@ScrutineerTest
@RecordApplicationEvents
class MeetingRescheduledEventTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    ApplicationEvents events;

    @Test
    void movingAMeetingPublishesItsOldAndNewDeadlines() {
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2025-03-18T14:00"), null);
        meetings.reschedule(meeting.id(), LocalDateTime.parse("2025-03-25T14:00"), null);

        assertThat(events.stream(MeetingRescheduled.class)).singleElement().satisfies(moved -> {
            assertThat(moved.meetingId()).isEqualTo(meeting.id());
            assertThat(moved.previousStartsAt()).isEqualTo(LocalDateTime.parse("2025-03-18T14:00"));
            assertThat(moved.startsAt()).isEqualTo(LocalDateTime.parse("2025-03-25T14:00"));
            assertThat(moved.previousDeadlines().reportDeadline()).isEqualTo(LocalDate.parse("2025-03-06"));
            assertThat(moved.deadlines().reportDeadline()).isEqualTo(LocalDate.parse("2025-03-13"));
        });
    }

    @Test
    void changingOnlyTheVenueIsNotAMove() {
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2025-03-18T14:00"), null);
        meetings.reschedule(meeting.id(), LocalDateTime.parse("2025-03-18T14:00"), "Committee Room 2");

        assertThat(events.stream(MeetingRescheduled.class)).isEmpty();
        assertThat(meetings.get(meeting.id()).venue()).isEqualTo("Committee Room 2");
    }
}
