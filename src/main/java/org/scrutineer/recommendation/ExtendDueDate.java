package org.scrutineer.recommendation;

import java.time.Clock;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Moves the due date as the cabinet member asked, keeps the old one and the reason, and tells the committee. */
@Component("extendDueDate")
class ExtendDueDate implements JavaDelegate {

    private final RecommendationRecords records;
    private final RecommendationMail mail;
    private final Clock clock;

    ExtendDueDate(RecommendationRecords records, RecommendationMail mail, Clock clock) {
        this.records = records;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Recommendation r = records.of(execution);
        ProcessVariables input = ProcessVariables.of(execution);
        String reason = input.text("extensionReason").orElse(null);
        var previous = r.getDueDate();
        var requestedBy = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        r.extend(input.date("newDueDate", CheckExecutiveResponse.NEW_DUE_DATE_UNREADABLE).orElse(null), reason, requestedBy == null ? null : requestedBy.getUserId(),
                clock.instant());
        mail.send(mail.committee(), "extension", r, Map.of("previousDueDate", previous == null ? "" : previous.toString(),
                "reason", reason), "recommendation-extension");
        execution.setVariable("dueDate", r.getDueDate().toString());
        execution.setVariable("requestExtension", false);
        execution.removeVariable("extensionReason");
        execution.removeVariable("newDueDate");
    }
}
