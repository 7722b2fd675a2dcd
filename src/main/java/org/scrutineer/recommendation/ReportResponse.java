package org.scrutineer.recommendation;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reports the executive's response, with its action plan, to the committee. */
@Component("reportResponse")
class ReportResponse implements JavaDelegate {

    private final RecommendationRecords records;
    private final RecommendationMail mail;

    ReportResponse(RecommendationRecords records, RecommendationMail mail) {
        this.records = records;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Recommendation r = records.of(execution);
        mail.send(mail.committee(), "response", r, Map.of("decisionWords", Decision.fromId(r.getDecision()).orElseThrow().words()),
                "recommendation-response");
    }
}
