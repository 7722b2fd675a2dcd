package org.scrutineer.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.calendar.AppClock;
import org.springframework.stereotype.Component;

/**
 * Reminds whoever records the response (the portfolio holder, or the addressee's group) that it is
 * due soon ({@code remindBeforeDue}) or today ({@code remindOnDue}). A reminder whose day has
 * already passed (an imported recommendation that was overdue on arrival) is not sent: the
 * escalation covers it.
 */
@Component("remindExecutive")
class RemindExecutive implements JavaDelegate {

    private final RecommendationRecords records;
    private final RecommendationMail mail;
    private final Clock clock;

    RemindExecutive(RecommendationRecords records, RecommendationMail mail, Clock clock) {
        this.records = records;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Recommendation r = records.of(execution);
        if (LocalDate.now(clock.withZone(AppClock.LONDON)).isAfter(r.getDueDate())) {
            return;
        }
        boolean onTheDay = "remindOnDue".equals(execution.getCurrentActivityId());
        mail.send(mail.responders(r), onTheDay ? "reminder-due-today" : "reminder-due-soon", r, Map.of(),
                onTheDay ? "recommendation-due-today" : "recommendation-due-soon");
    }
}
