package org.scrutineer.question;

import java.time.Clock;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.web.ProcessVariables;
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
        ProcessVariables input = ProcessVariables.of(task);
        String answer = input.text("answer", "Write the answer before completing the task");
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String answeredBy = user != null ? user.getUserId() : task.getAssignee();
        PublicQuestion question = records.of(task);
        question.recordAnswer(input.text("addressee").orElseThrow(), answer, answeredBy, clock.instant());
        task.getExecution().removeVariable("answer");
        task.getExecution().getProcessInstance().setVariable("answersSummary", question.getAnswers().stream()
                .map(a -> "Answer from " + a.getAddresseeWords() + ":\n" + a.getAnswer())
                .collect(Collectors.joining("\n\n")));
    }
}
