package org.scrutineer.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;

/** A question's tasks name it by its reference and meeting, and never by the person who asked it. */
@ScrutineerTest
class QuestionTaskNamesTest {

    @Autowired QuestionIntake intake;
    @Autowired MeetingService meetings;
    @Autowired TaskService taskService;
    @Autowired AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theScreeningTaskNamesTheQuestionsReferenceAndMeeting() {
        ScheduledMeeting meeting = QuestionFixtures.meeting(meetings, clock);
        PublicQuestion question = intake.submit(QuestionFixtures.submission(meeting.id(), "chair",
                "How many children in care are placed more than twenty miles from home?"));

        Task task = taskService.createTaskQuery().processInstanceBusinessKey(question.getReference())
                .taskDefinitionKey("screenQuestion").singleResult();

        assertThat(task.getName()).isEqualTo("Screen the question: " + question.getReference() + " (meeting 16 March)")
                .doesNotContain("Alex", "Resident", "Exemplar Town");
        assertThat(taskService.getVariableLocal(task.getId(), "item")).isEqualTo(question.getReference());
        assertThat(taskService.getVariableLocal(task.getId(), "meeting")).isEqualTo("16 March 2027");
    }
}
