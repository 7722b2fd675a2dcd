package org.scrutineer.recommendation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.notification.Outbox;
import org.scrutineer.notification.Recipient;
import org.scrutineer.notification.TaskRecipients;
import org.springframework.stereotype.Component;

/** Emails about a recommendation, to the people of the given groups and users. */
@Component
class RecommendationMail {

    static final String SCRUTINY_CHAIRS = "scrutiny-chairs";
    static final String DEMOCRATIC_SERVICES = "democratic-services";

    private final Outbox outbox;
    private final TaskRecipients recipients;
    private final ResponseGroups responseGroups;

    RecommendationMail(Outbox outbox, TaskRecipients recipients, ResponseGroups responseGroups) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.responseGroups = responseGroups;
    }

    /** The portfolio holder if one is known, otherwise everyone in the group that records the response to its addressee. */
    List<Recipient> responders(Recommendation r) {
        return r.getPortfolioHolder() != null
                ? recipients.forGroupsAndUsers(List.of(), List.of(r.getPortfolioHolder()))
                : recipients.forGroupsAndUsers(List.of(responseGroups.of(r.addresseeKind())), List.of());
    }

    /** The committee: its chairs and democratic services, who put it on the agenda. */
    List<Recipient> committee() {
        return recipients.forGroupsAndUsers(List.of(SCRUTINY_CHAIRS, DEMOCRATIC_SERVICES), List.of());
    }

    List<Recipient> group(String group) {
        return recipients.forGroupsAndUsers(List.of(group), List.of());
    }

    void send(List<Recipient> to, String template, Recommendation r, Map<String, Object> extra, String kind) {
        for (Recipient recipient : to) {
            send(recipient.email(), recipient.name(), template, r, extra, kind);
        }
    }

    void send(String email, String name, String template, Recommendation r, Map<String, Object> extra, String kind) {
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put("recommendation", r);
        variables.put("name", name);
        outbox.enqueue(email, "recommendation/mail/" + template, variables, kind);
    }
}
