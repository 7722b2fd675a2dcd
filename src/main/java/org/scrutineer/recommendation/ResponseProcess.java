package org.scrutineer.recommendation;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts the recommendation-response process of a recommendation, with its id as business key:
 * from the beginning for a new one, or at the executive's response for an imported one that is
 * still awaiting it.
 */
@Component
class ResponseProcess {

    static final String KEY = "recommendation-response";
    static final String NEW = "new";
    static final String AWAITING_RESPONSE = "awaiting-response";

    private final RuntimeService runtimeService;

    ResponseProcess(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    void startFor(Recommendation r) {
        start(r, NEW);
    }

    void startAwaitingResponse(Recommendation r) {
        start(r, AWAITING_RESPONSE);
    }

    private void start(Recommendation r, String stage) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("recommendationId", r.getId());
        variables.put("stage", stage);
        variables.put("requestExtension", false);
        variables.put("addressee", r.getAddressee());
        variables.put("portfolioHolder", r.getPortfolioHolder());
        variables.put("recommendationTitle", r.getTopic() + ", recommendation " + r.getNumber()
                + (r.getMeetingDate() == null ? "" : " (meeting of " + r.getMeetingDate() + ")"));
        variables.put("recommendationText", r.getText());
        variables.put("addresseeWords", r.addresseeKind().words());
        variables.put("dateSent", r.getDateSent() == null ? null : r.getDateSent().toString());
        variables.put("dueDate", r.getDueDate() == null ? null : r.getDueDate().toString());
        runtimeService.startProcessInstanceByKey(KEY, String.valueOf(r.getId()), variables);
    }
}
