package org.scrutineer.recommendation;

import java.time.Instant;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.TaskService;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;

/** Meetings for the recommendation tests: the committee met on Tuesday 12 January 2027 at 2pm. */
final class RecommendationFixtures {

    static final Instant MEETING_DAY_AFTERNOON = Instant.parse("2027-01-12T16:00:00Z");

    private RecommendationFixtures() {
    }

    static ScheduledMeeting meeting(MeetingService meetings, AppClock clock) {
        clock.freezeAt(MEETING_DAY_AFTERNOON);
        return meetings.schedule("cyp", LocalDateTime.parse("2027-01-12T14:00"), null);
    }

    static RecommendationSubmission submission(long meetingId, String addressee, String scrutinyType) {
        return new RecommendationSubmission(meetingId, "Children missing education", "1",
                "That the Cabinet Member reviews how children missing education are tracked.", addressee, scrutinyType, null);
    }

    static String json(long meetingId, String addressee, String scrutinyType) {
        return "{\"meetingId\":" + meetingId + ",\"topic\":\"Children missing education\",\"number\":\"2\","
                + "\"text\":\"That a named officer leads on elective home education.\",\"addressee\":\"" + addressee
                + "\",\"scrutinyType\":\"" + scrutinyType + "\"}";
    }

    /** Sends the recommendation, so that it waits for its response, and answers the response task's id. */
    static String responseTaskOf(TaskService taskService, Recommendation r) {
        String key = String.valueOf(r.getId());
        taskService.complete(taskService.createTaskQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(key)
                .taskDefinitionKey("sendRecommendation").singleResult().getId());
        return taskService.createTaskQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(key)
                .taskDefinitionKey("recordExecutiveResponse").singleResult().getId();
    }
}
