package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;

/** A recommendation's tasks name its topic, number and the meeting that made it, with the year once that year is past. */
@ScrutineerTest
class RecommendationTaskNamesTest {

    @Autowired RecommendationIntake intake;
    @Autowired MeetingService meetings;
    @Autowired TaskService taskService;
    @Autowired AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Task sendTaskOf(Recommendation r) {
        return taskService.createTaskQuery().processDefinitionKey("recommendation-response")
                .processInstanceBusinessKey(String.valueOf(r.getId())).taskDefinitionKey("sendRecommendation").singleResult();
    }

    @Test
    void theTaskNamesTheRecommendationAndItsMeeting() {
        ScheduledMeeting meeting = RecommendationFixtures.meeting(meetings, clock);
        Recommendation r = intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "general"));

        Task task = sendTaskOf(r);

        assertThat(task.getName()).isEqualTo("Send the recommendation: Children missing education, recommendation 1 (meeting 12 January)");
        assertThat(taskService.getVariableLocal(task.getId(), "item")).isEqualTo("Children missing education, recommendation 1");
        assertThat(taskService.getVariableLocal(task.getId(), "meeting")).isEqualTo("12 January 2027");
    }

    @Test
    void aMeetingOfAnEarlierYearIsNamedWithItsYear() {
        ScheduledMeeting meeting = RecommendationFixtures.meeting(meetings, clock);
        clock.freezeAt(Instant.parse("2028-02-01T10:00:00Z"));
        Recommendation r = intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "general"));

        assertThat(sendTaskOf(r).getName()).endsWith("(meeting 12 January 2027)");
    }
}
