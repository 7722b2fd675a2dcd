package org.scrutineer.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Emails the recommendation to its addressee (the address given when sending, otherwise the
 * portfolio holder or the group that records the response), sets the sent date to today and the
 * response's due date.
 */
@Component("emailRecommendation")
class EmailRecommendation implements JavaDelegate {

    private final RecommendationRecords records;
    private final RecommendationMail mail;
    private final Clock clock;

    EmailRecommendation(RecommendationRecords records, RecommendationMail mail, Clock clock) {
        this.records = records;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Recommendation r = records.of(execution);
        LocalDate today = LocalDate.now(clock.withZone(AppClock.LONDON));
        r.markSent(today, ResponseDueDate.after(today, r.scrutinyKind()));
        Optional<String> sendTo = ProcessVariables.of(execution).text("sendTo");
        if (sendTo.isPresent()) {
            mail.send(sendTo.get(), sendTo.get(), "recommendation", r, Map.of(), "recommendation-sent");
        } else {
            mail.send(mail.responders(r), "recommendation", r, Map.of(), "recommendation-sent");
        }
        execution.setVariable("dateSent", r.getDateSent().toString());
        execution.setVariable("dueDate", r.getDueDate().toString());
    }
}
