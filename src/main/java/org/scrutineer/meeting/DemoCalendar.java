package org.scrutineer.meeting;

import java.time.LocalDateTime;

/**
 * Where the demo year's meetings fall, from {@code config/demo/meetings.yaml}: days from the day
 * the demo is seeded, at the committee's usual time. Each meeting moves on to the next working
 * day, and the next meeting on again until its questions are still open.
 */
record DemoCalendar(String committee, String startsAt, String venue, int storyBeginsDaysBeforeFirstMeeting,
                    int firstPastMeeting, int secondPastMeeting, int nextMeeting, int laterMeeting,
                    int questionsOpenAtLeastHours) {

    LocalDateTime at(java.time.LocalDate day) {
        return day.atTime(java.time.LocalTime.parse(startsAt));
    }
}
