package org.scrutineer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.calendar.AppClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail queued while the SMTP relay is down is kept, survives a restart, and goes once the relay is back. */
@Tag("own-application")
class OutboxOutageTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2025-03-03T09:00:00Z");

    @TempDir
    Path dataDir;

    private GreenMail relay;

    @AfterEach
    void stopRelay() {
        if (relay != null) {
            relay.stop();
        }
    }

    private ConfigurableApplicationContext start(int smtpPort) {
        return new SpringApplicationBuilder(ScrutineerApplication.class).run(
                "--scrutineer.data-dir=" + dataDir,
                "--server.port=0",
                "--camunda.bpm.process-engine-name=outage-check",
                "--camunda.bpm.job-execution.enabled=false",
                "--scrutineer.demo-data.year=false",
                "--scrutineer.mail.embedded-server=false",
                "--scrutineer.mail.poll=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.connectiontimeout=2000");
    }

    @Test
    void mailWaitsForTheRelayAcrossARestart() throws Exception {
        int port = freePort();
        long id;
        try (ConfigurableApplicationContext app = start(port)) {
            AppClock clock = app.getBean(AppClock.class);
            clock.freezeAt(MONDAY_MORNING);
            Outbox outbox = app.getBean(Outbox.class);
            id = app.getBean(TransactionTemplate.class).execute(s ->
                    outbox.enqueue("resident@example.org", new MailTemplates.Mail("Your question", "Received.\n"), "test")).getId();

            assertThat(app.getBean(OutboxDelivery.class).deliverDue()).isZero();

            OutboxMessage waiting = app.getBean(OutboxRepository.class).findById(id).orElseThrow();
            assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(waiting.getAttempts()).isEqualTo(1);
            assertThat(waiting.getLastError()).isNotBlank();
            clock.reset();
        }

        relay = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();

        try (ConfigurableApplicationContext app = start(port)) {
            AppClock clock = app.getBean(AppClock.class);
            clock.freezeAt(MONDAY_MORNING.plus(Duration.ofMinutes(2)));
            OutboxDelivery delivery = app.getBean(OutboxDelivery.class);

            assertThat(delivery.deliverDue()).isEqualTo(1);
            assertThat(delivery.deliverDue()).isZero();

            assertThat(relay.getReceivedMessages()).hasSize(1);
            assertThat(relay.getReceivedMessages()[0].getSubject()).isEqualTo("Your question");
            OutboxMessage sent = app.getBean(OutboxRepository.class).findById(id).orElseThrow();
            assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(sent.getAttempts()).isEqualTo(2);
            clock.reset();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
