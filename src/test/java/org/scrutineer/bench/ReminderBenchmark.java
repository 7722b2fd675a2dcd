package org.scrutineer.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.notification.OutboxDelivery;
import org.scrutineer.web.ApiClient;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The morning sweep over many overdue tasks spread across many people: from the sweep starting
 * until every digest is in the SMTP server, with a check that each person got exactly one. Mail
 * queued by the earlier measurements is discarded first, so only the digests are delivered.
 */
final class ReminderBenchmark {

    /** Monday 1 March 2027; the sweeps run on that day and the next three working days. */
    static final Instant FIRST_MORNING = Instant.parse("2027-03-01T10:00:00Z");
    private static final Instant DUE = Instant.parse("2027-03-01T09:00:00Z");

    private final BenchNode node;
    private final Scale scale;

    ReminderBenchmark(BenchNode node, Scale scale) {
        this.node = node;
        this.scale = scale;
    }

    Map<String, Object> run() throws Exception {
        Seeder seeder = new Seeder(node);
        for (int p = 0; p < scale.people(); p++) {
            seeder.user(person(p), null);
        }
        double seedMillis = seeder.tasks(BenchModels.PERSON_TASK, scale.overdueTasks(), DUE,
                i -> person(i % scale.people()));
        for (int p = 0; p < scale.people(); p++) {
            seeder.giveEmail(person(p), email(p));
        }

        new JdbcTemplate(node.bean(DataSource.class)).update("delete from outbox_message");
        AppClock clock = node.bean(AppClock.class);
        GreenMail smtp = node.bean(GreenMail.class);
        OutboxDelivery delivery = node.bean(OutboxDelivery.class);
        List<Double> seconds = new ArrayList<>();
        List<Double> sweepSeconds = new ArrayList<>();
        List<Double> mailsPerSecond = new ArrayList<>();
        boolean exactlyOneEach = true;
        int worstCount = 1;
        long digestsSent = 0;
        for (int run = 0; run <= scale.runs(); run++) {
            clock.freezeAt(FIRST_MORNING.plus(Duration.ofDays(run)));
            delivery.deliverDue();
            smtp.purgeEmailFromAllMailboxes();

            long started = System.nanoTime();
            HttpResponse<String> response = ApiClient.as(node.port(), "demo", "demo").waitingUpTo(Duration.ofMinutes(10))
                    .post("/api/admin/reminders/run", "");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The sweep answered " + response.statusCode() + ": " + response.body());
            }
            double sweepMillis = Timings.millisSince(started);
            delivery.deliverDue();
            double millis = Timings.millisSince(started);

            Map<String, Integer> perPerson = digestsPerPerson(smtp.getReceivedMessages());
            int received = perPerson.values().stream().mapToInt(Integer::intValue).sum();
            for (int p = 0; p < scale.people(); p++) {
                int count = perPerson.getOrDefault(email(p), 0);
                if (count != 1) {
                    exactlyOneEach = false;
                    worstCount = count == 0 ? 0 : Math.max(worstCount, count);
                }
            }
            if (run > 0) {
                seconds.add(millis / 1000);
                sweepSeconds.add(sweepMillis / 1000);
                mailsPerSecond.add(received / (millis / 1000));
                digestsSent = received;
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("overdueTasks", scale.overdueTasks());
        result.put("people", scale.people());
        result.put("seedSeconds", Timings.round(seedMillis / 1000));
        result.put("secondsToSweep", Math.round(Timings.median(sweepSeconds) * 100) / 100.0);
        result.put("secondsUntilAllDigestsDelivered", Math.round(Timings.median(seconds) * 100) / 100.0);
        result.put("runsSeconds", seconds.stream().map(s -> Math.round(s * 100) / 100.0).toList());
        result.put("digestsDelivered", digestsSent);
        result.put("mailsPerSecond", Timings.round(Timings.median(mailsPerSecond)));
        result.put("eachPersonGotExactlyOneDigest", exactlyOneEach);
        if (!exactlyOneEach) {
            result.put("digestCountThatBrokeTheCheck", worstCount);
        }
        return result;
    }

    private Map<String, Integer> digestsPerPerson(MimeMessage[] messages) throws MessagingException {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage message : messages) {
            String kind = message.getSubject() == null ? "" : message.getSubject();
            for (Address to : message.getAllRecipients()) {
                if (to.toString().startsWith("bench-person-") && kind.contains("overdue")) {
                    counts.merge(to.toString(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static String person(int p) {
        return "bench-person-" + p;
    }

    private static String email(int p) {
        return "bench-person-" + p + "@example.org";
    }
}
