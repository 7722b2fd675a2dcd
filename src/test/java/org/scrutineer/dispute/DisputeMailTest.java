package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.notification.OutboxDelivery;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Emails about disputes carry a link and the task's name: never the case reference, the category or any text. */
@ScrutineerTest
class DisputeMailTest {

    private static final String DESCRIPTION = "Contact with siblings stopped without review";
    private static final String RESPONSE = "The contact supervisor left and was not replaced";
    private static final List<String> DISPUTE_PEOPLE = List.of("iro", "team-manager", "service-manager", "head-of-service", "service-director");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired DisputeIntake intake;
    @Autowired CafcassReferral cafcass;
    @Autowired DisputeRepository disputes;
    @Autowired OutboxRepository outbox;
    @Autowired OutboxDelivery delivery;
    @Autowired GreenMail smtp;
    @Autowired AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String text(MimeMessage message) throws Exception {
        return (message.getSubject() + "\n" + GreenMailUtil.getBody(message)).replaceAll("=\\r?\\n", "");
    }

    @Test
    void noDisputeEmailCarriesCaseData() throws Exception {
        init(engine);
        smtp.purgeEmailFromAllMailboxes();
        clock.freezeAt(Instant.parse("2028-02-07T09:00:00Z"));
        long before = outbox.count();
        Dispute dispute = intake.raise(DisputeFixtures.submission(Map.of("caseReference", DisputeFixtures.caseReference(), "category", "professional-difference",
                "stage", "informal", "notifiedOn", "2028-02-07", "description", DESCRIPTION)), "iro");
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey("dispute-resolution")
                .processDefinitionKey("dispute-resolution").processInstanceBusinessKey(String.valueOf(dispute.getId())).singleResult();
        complete(task(pi), withVariables("response", RESPONSE));
        complete(task(pi), withVariables("decision", "escalate"));
        clock.freezeAt(Instant.parse("2028-02-21T17:30:00Z"));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());

        clock.freezeAt(Instant.parse("2028-03-06T07:30:00Z"));
        var sweep = ApiClient.as(port, "demo", "demo").post("/api/admin/reminders/run", "");
        assertThat(sweep.statusCode()).as(sweep.body()).isEqualTo(200);
        cafcass.refer(dispute.getId(), LocalDate.parse("2028-03-06"));
        clock.freezeAt(Instant.parse("2028-03-06T08:00:00Z"));
        managementService.executeJob(managementService.createJobQuery().processDefinitionKey("dispute-weekly-report").timers()
                .singleResult().getId());

        List<OutboxMessage> queued = outbox.findAll().stream().skip(before).toList();
        assertThat(queued).extracting(OutboxMessage::getKind)
                .contains("new-task", "overdue-digest", "overdue-escalation", "dispute-weekly-report");
        assertThat(queued).filteredOn(m -> m.getKind().equals("new-task")).extracting(OutboxMessage::getSubject)
                .contains("New task: Respond to the informal dispute", "New task: Review the informal response",
                        "New task: Respond to the formal dispute", "New task: Hold the formal dispute meeting",
                        "New task: Record the CAFCASS outcome");
        delivery.deliverDue();

        List<String> caseReferences = disputes.findAll().stream().map(Dispute::getCaseReference).toList();
        List<MimeMessage> toDisputePeople = new ArrayList<>();
        for (String person : DISPUTE_PEOPLE) {
            toDisputePeople.addAll(Arrays.asList(smtp.getReceivedMessagesForDomain(person + "@council.example")));
        }
        assertThat(toDisputePeople).hasSizeGreaterThanOrEqualTo(7);
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String mail = text(message);
            assertThat(mail).as("no case reference in any email").doesNotContain(caseReferences);
            assertThat(mail).doesNotContain(DESCRIPTION, RESPONSE, String.valueOf(pi.getId()));
            if (!mail.startsWith("IRO disputes: weekly figures")) {
                assertThat(mail).as("no category in a task email")
                        .doesNotContain("professional-difference", "Professional difference", "Drift and delay");
            }
        }
        MimeMessage toTeamManager = smtp.getReceivedMessagesForDomain("team-manager@council.example")[0];
        assertThat(text(toTeamManager)).contains("Respond to the informal dispute (IRO dispute)", "/camunda/app/tasklist/default/#/?task=");
        MimeMessage weekly = Arrays.stream(smtp.getReceivedMessagesForDomain("service-director@council.example"))
                .filter(m -> {
                    try {
                        return m.getSubject().equals("IRO disputes: weekly figures to Sunday 5 March 2028");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        assertThat(weekly.getRecipients(Message.RecipientType.TO)).hasSize(1);
        assertThat(text(weekly)).contains("Professional difference: ", "/staff/disputes/report?weekEnding=2028-03-05");
    }
}
