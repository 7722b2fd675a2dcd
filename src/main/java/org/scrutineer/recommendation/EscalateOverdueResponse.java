package org.scrutineer.recommendation;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The day after the due date with no response: the statutory scrutiny officer is told. */
@Component("escalateOverdueResponse")
class EscalateOverdueResponse implements JavaDelegate {

    private final RecommendationRecords records;
    private final RecommendationMail mail;

    EscalateOverdueResponse(RecommendationRecords records, RecommendationMail mail) {
        this.records = records;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Recommendation r = records.of(execution);
        mail.send(mail.group(RecommendationAccessRules.STATUTORY_SCRUTINY_OFFICER), "response-overdue", r, Map.of(),
                "recommendation-overdue");
    }
}
