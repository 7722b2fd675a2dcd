package org.scrutineer.dispute;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.scrutineer.notification.Outbox;
import org.scrutineer.notification.Recipient;
import org.scrutineer.notification.TaskRecipients;
import org.springframework.stereotype.Component;

/** Emails the weekly counts, for the week that ended last Sunday, to each member of the report group. */
@Component("sendWeeklyDisputeReport")
class SendWeeklyDisputeReport implements JavaDelegate {

    static final String PROCESS = "dispute-weekly-report";
    static final String KIND = "dispute-weekly-report";

    private final DisputeReport report;
    private final TaskRecipients recipients;
    private final DisputeSettings settings;
    private final Outbox outbox;
    private final Clock clock;

    SendWeeklyDisputeReport(DisputeReport report, TaskRecipients recipients, DisputeSettings settings, Outbox outbox, Clock clock) {
        this.report = report;
        this.recipients = recipients;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    static LocalDate lastSunday(LocalDate today) {
        return today.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate weekEnding = lastSunday(LocalDate.now(clock));
        DisputeReportFigures figures = report.forWeekEnding(weekEnding);
        List<Recipient> people = Context.getCommandContext()
                .runWithoutAuthorization(() -> recipients.forGroupsAndUsers(List.of(settings.reportGroup()), List.of()));
        for (Recipient person : people) {
            outbox.enqueue(person.email(), "dispute/mail/weekly-report",
                    Map.of("name", person.name(), "figures", figures, "categories", DisputeCategory.values()), KIND,
                    List.of(PROCESS));
        }
        execution.setVariable("weekEnding", weekEnding.toString());
        execution.setVariable("reportsSent", people.size());
    }
}
