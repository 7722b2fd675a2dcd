package org.scrutineer.question;

import java.time.Clock;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Keeps each addressee's answer as its drafting task is completed. */
@Component("saveAnswer")
class SaveAnswer implements TaskListener {

    private final QuestionRecords records;
    private final Clock clock;

    SaveAnswer(QuestionRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Object answer = task.getVariable("answer");
        if (answer == null || answer.toString().isBlank()) {
            throw new ProcessEngineException("Write the answer before completing the task");
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String answeredBy = user != null ? user.getUserId() : task.getAssignee();
        PublicQuestion question = records.of(task);
        question.recordAnswer(String.valueOf(task.getVariable("addressee")), answer.toString().strip(), answeredBy, clock.instant());
        task.getExecution().removeVariable("answer");
        task.getExecution().getProcessInstance().setVariable("answersSummary", question.getAnswers().stream()
                .map(a -> "Answer from " + a.getAddresseeWords() + ":\n" + a.getAnswer())
                .collect(Collectors.joining("\n\n")));
    }
}
