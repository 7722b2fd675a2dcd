package org.scrutineer.question;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;

/**
 * Meetings and questions for the question tests. It is 1 March 2027; each test gets a meeting of
 * its own on Tuesday 16 March 2027 at 2pm, whose questions close at 5pm on Wednesday 10 March.
 */
final class QuestionFixtures {

    static final Instant FIRST_OF_MARCH = Instant.parse("2027-03-01T09:00:00Z");
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private QuestionFixtures() {
    }

    static ScheduledMeeting meeting(MeetingService meetings, AppClock clock) {
        clock.freezeAt(FIRST_OF_MARCH);
        return meetings.schedule("cyp", LocalDateTime.parse("2027-03-16T14:00"), null);
    }

    static String uniqueEmail() {
        return "resident" + PEOPLE.incrementAndGet() + "@example.org";
    }

    static QuestionSubmission submission(long meetingId, String addressedTo, String text) {
        return new QuestionSubmission(meetingId, "Alex Resident", uniqueEmail(), "Exemplar Town", true, addressedTo, text);
    }
}
