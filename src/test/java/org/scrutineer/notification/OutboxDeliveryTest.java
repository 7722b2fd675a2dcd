package org.scrutineer.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@ScrutineerTest
class OutboxDeliveryTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    OutboxRepository messages;

    @Autowired
    GreenMail smtp;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AppClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    MailSettings settings;

    @BeforeEach
    void quietMorning() throws Exception {
        clock.freezeAt(Instant.parse("2025-03-03T09:00:00Z"));
        delivery.deliverDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private OutboxMessage queue(String to, String subject) {
        return transactions.execute(s -> outbox.enqueue(to, new MailTemplates.Mail(subject, "Thank you.\nhttp://scrutineer.test/\n"), "test"));
    }

    @Test
    void aQueuedMessageArrivesOverRealSmtp() throws Exception {
        OutboxMessage queued = queue("asker@example.org", "Your question PQ-2025-0001 has been received");
        assertThat(queued.getStatus()).isEqualTo(OutboxStatus.PENDING);

        assertThat(delivery.deliverDue()).isEqualTo(1);

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessagesForDomain("example.org")[0];
        assertThat(received.getSubject()).isEqualTo("Your question PQ-2025-0001 has been received");
        assertThat(GreenMailUtil.getBody(received)).contains("Thank you.");
        assertThat(received.getFrom()[0].toString()).isEqualTo(settings.from());

        OutboxMessage sent = messages.findById(queued.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getSentAt()).isEqualTo(Instant.parse("2025-03-03T09:00:00Z"));
    }

    @Test
    void batchesSendEveryGoodMessageOnceInOrderAndFailOnlyTheOneThatCannotBeSent() throws Exception {
        List<OutboxMessage> queued = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            queued.add(queue(i == 7 ? "not an address" : "reader" + i + "@example.org", "Agenda " + i));
        }

        assertThat(delivery.deliverDue()).isEqualTo(59);

        assertThat(smtp.waitForIncomingEmail(5000, 59)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).as("every good mail once, in the order queued").containsExactlyElementsOf(IntStream.rangeClosed(1, 60)
                .filter(i -> i != 7).mapToObj(i -> "Agenda " + i).toList());
        for (OutboxMessage message : queued) {
            OutboxMessage now = messages.findById(message.getId()).orElseThrow();
            assertThat(now.getAttempts()).isEqualTo(1);
            if (message.getRecipient().equals("not an address")) {
                assertThat(now.getStatus()).isEqualTo(OutboxStatus.PENDING);
                assertThat(now.getLastError()).isNotBlank();
            } else {
                assertThat(now.getStatus()).as(message.getSubject()).isEqualTo(OutboxStatus.SENT);
            }
        }
    }

    @Test
    void aSentMessageIsNeverSentAgain() throws Exception {
        queue("once@example.org", "Only once");
        delivery.deliverDue();
        clock.advance(Duration.ofDays(2));
        delivery.deliverDue();
        assertThat(smtp.getReceivedMessagesForDomain("once@example.org")).hasSize(1);
    }

    @Test
    void aMessageThatCannotBeDeliveredIsRetriedWithBackoffAndThenFails() throws Exception {
        OutboxMessage queued = queue("not an address", "Undeliverable");

        delivery.deliverDue();
        OutboxMessage afterFirst = messages.findById(queued.getId()).orElseThrow();
        assertThat(afterFirst.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(afterFirst.getAttempts()).isEqualTo(1);
        assertThat(afterFirst.getLastError()).isNotBlank();
        assertThat(afterFirst.getNextAttemptAt()).isEqualTo(Instant.parse("2025-03-03T09:01:00Z"));

        delivery.deliverDue();
        assertThat(messages.findById(queued.getId()).orElseThrow().getAttempts())
                .as("not retried before its time").isEqualTo(1);

        for (int attempt = 2; attempt <= 10; attempt++) {
            clock.freezeAt(messages.findById(queued.getId()).orElseThrow().getNextAttemptAt());
            delivery.deliverDue();
        }
        OutboxMessage failed = messages.findById(queued.getId()).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(10);
        assertThat(Duration.between(Instant.parse("2025-03-03T09:00:00Z"), clock.instant()))
                .as("ten attempts take about a day").isBetween(Duration.ofHours(20), Duration.ofHours(30));

        mvc.perform(get("/staff/outbox").param("status", "FAILED").with(user("clerk").authorities(() -> "democratic-services")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Undeliverable")))
                .andExpect(content().string(containsString("Failed")))
                .andExpect(content().string(containsString("/staff/outbox/" + queued.getId() + "/retry")));

        mvc.perform(post("/staff/outbox/" + queued.getId() + "/retry").with(csrf()).with(user("clerk").authorities(() -> "democratic-services")))
                .andExpect(status().is3xxRedirection());
        OutboxMessage retried = messages.findById(queued.getId()).orElseThrow();
        assertThat(retried.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.getAttempts()).isZero();
    }

    @Test
    void theOutboxApiListsMessagesNewestFirstForDemocraticServices() throws Exception {
        clock.freezeAt(Instant.parse("2031-01-06T09:00:00Z"));
        queue("first@example.org", "First");
        clock.advance(Duration.ofMinutes(1));
        queue("second@example.org", "Second");

        mvc.perform(get("/api/admin/outbox").with(user("clerk").authorities(() -> "democratic-services")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].subject").value("Second"))
                .andExpect(jsonPath("$[0].to").value("second@example.org"))
                .andExpect(jsonPath("$[0].status").value("PENDING"))
                .andExpect(jsonPath("$[0].attempts").value(0))
                .andExpect(jsonPath("$[0].kind").value("test"))
                .andExpect(jsonPath("$[0].body").value(containsString("Thank you.")))
                .andExpect(jsonPath("$[0].createdAt").exists())
                .andExpect(jsonPath("$[1].subject").value("First"));
    }

    @Test
    void otherStaffCannotReadTheOutbox() throws Exception {
        mvc.perform(get("/api/admin/outbox").with(user("member").authorities(() -> "committee-members")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/outbox").with(user("member").authorities(() -> "committee-members")))
                .andExpect(status().isForbidden());
    }

    @Test
    void templatesRenderASubjectAndABody(@Autowired MailTemplates templates) {
        MailTemplates.Mail mail = templates.render("notification/mail/new-task",
                Map.of("name", "Fin Finance", "taskName", "Review report", "processName", "Report sign-off",
                        "assigned", false, "link", "http://scrutineer.test/task"));
        assertThat(mail.subject()).isEqualTo("New task: Review report");
        assertThat(mail.body()).startsWith("Hello Fin Finance,").contains("http://scrutineer.test/task");
    }

    @Test
    void theOutboxPageFindsTheMessagesToOneAddress() throws Exception {
        queue("Search.One@Example.org", "For the one we look for");
        queue("someone-else@example.org", "For someone else");

        mvc.perform(get("/staff/outbox").param("to", "search.one@").with(user("clerk").authorities(() -> "democratic-services")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("For the one we look for")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("For someone else"))));
    }
}
