package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.notification.OutboxDelivery;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails about a committee with double opt-in: nothing but the confirmation link before it is
 * followed; then one alert per publication, move or cancellation, each with its one-click unsubscribe
 * headers; and unsubscribing erases the address.
 */
@ScrutineerTest
class CommitteeAlertsTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+(/alerts/\\d+/(confirm|unsubscribe)/[A-Za-z0-9_-]+)");

    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;
    @Autowired OutboxRepository outbox;
    @Autowired OutboxDelivery delivery;
    @Autowired GreenMail smtp;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired CommitteeSubscriptionRepository subscriptions;
    @Autowired AppClock clock;
    @Autowired CommitteeAlerts alerts;
    @Autowired AlertSettings settings;

    private String email;
    private ScheduledMeeting meeting;

    @BeforeEach
    void aResidentAndAMeeting() {
        clock.freezeAt(Instant.parse("2027-03-01T09:00:00Z"));
        email = "resident-" + System.nanoTime() + "@example.org";
        meeting = meetings.schedule("cyp", LocalDateTime.parse("2027-03-23T18:00"), null);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private List<OutboxMessage> mailTo(String address) {
        return outbox.findAll().stream().filter(m -> m.getRecipient().equals(address)).toList();
    }

    private void published(String title) {
        transactions.executeWithoutResult(status -> events.publishEvent(new MeetingDocumentPublished(meeting.id(), title, 1, null)));
    }

    private static String link(OutboxMessage message, String kind) {
        Matcher found = LINK.matcher(message.getBody());
        while (found.find()) {
            if (found.group(2).equals(kind)) {
                return found.group(1);
            }
        }
        throw new AssertionError("No " + kind + " link in " + message.getBody());
    }

    @Test
    void nothingButTheConfirmationIsSentUntilItIsFollowedThenOneAlertEachAndUnsubscribingErasesTheAddress() throws Exception {
        MvcResult asked = mvc.perform(post("/committees/cyp/alerts").with(csrf()).param("email", " " + email.toUpperCase() + " ")).andReturn();
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/committees/cyp/alerts/check-your-email");
        assertThat(mailTo(email)).extracting(OutboxMessage::getKind).containsExactly("alert-confirmation");

        published("Agenda: before confirming");
        meetings.reschedule(meeting.id(), LocalDateTime.parse("2027-03-24T18:00"), null);
        assertThat(mailTo(email)).as("nothing before the link is followed").extracting(OutboxMessage::getKind).containsExactly("alert-confirmation");

        String confirm = link(mailTo(email).get(0), "confirm");
        assertThat(mvc.perform(get(confirm)).andReturn().getResponse().getContentAsString()).contains("Confirm you want the emails");
        assertThat(mvc.perform(post(confirm).with(csrf())).andReturn().getResponse().getContentAsString())
                .contains("You will get the emails", "About the Children and Young People Scrutiny Committee");

        smtp.purgeEmailFromAllMailboxes();
        published("Agenda: Children and Young People Scrutiny Committee, Wednesday 24 March 2027");
        List<OutboxMessage> alerts = mailTo(email).stream().filter(m -> m.getKind().equals("committee-alert")).toList();
        assertThat(alerts).as("one alert for the publication").hasSize(1);
        assertThat(alerts.get(0).getSubject()).isEqualTo("Agenda: Children and Young People Scrutiny Committee, Wednesday 24 March 2027");
        delivery.deliverDue();
        MimeMessage received = java.util.Arrays.stream(smtp.getReceivedMessagesForDomain(email)).filter(m -> {
            try {
                return m.getSubject().startsWith("Agenda:");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessagesForDomain(email)).filter(m -> {
            try {
                return m.getSubject().startsWith("Confirm");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow().getHeader("List-Unsubscribe")).as("the confirmation is not a list mail").isNull();
        String unsubscribe = link(alerts.get(0), "unsubscribe");
        assertThat(received.getHeader("List-Unsubscribe")[0]).startsWith("<").endsWith(unsubscribe + ">");
        assertThat(received.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        meetings.reschedule(meeting.id(), LocalDateTime.parse("2027-03-25T18:00"), null);
        meetings.cancel(meeting.id(), "Too few items of business");
        assertThat(mailTo(email).stream().filter(m -> m.getKind().equals("committee-alert")).map(OutboxMessage::getSubject))
                .containsExactly("Agenda: Children and Young People Scrutiny Committee, Wednesday 24 March 2027",
                        "The Children and Young People Scrutiny Committee meeting has moved to Thursday 25 March 2027 at 6pm",
                        "The Children and Young People Scrutiny Committee meeting on Thursday 25 March 2027 is cancelled");

        assertThat(mvc.perform(post(unsubscribe).content("List-Unsubscribe=One-Click").contentType("application/x-www-form-urlencoded"))
                .andReturn().getResponse().getContentAsString()).as("one click, with no session or CSRF token").contains("The emails have stopped");
        assertThat(subscriptions.findAll()).noneMatch(s -> s.getEmail().equalsIgnoreCase(email));
        assertThat(mailTo(email)).as("the address is erased from the outbox too").isEmpty();
        assertThat(mvc.perform(post(unsubscribe)).andReturn().getResponse().getContentAsString()).contains("You were not getting them any more");
    }

    @Test
    void theFormIsRateLimitedPerAddressAndRefusesABodyTooLargeInWords() throws Exception {
        String address = "198.51.100." + (System.nanoTime() % 200 + 20);
        org.springframework.test.web.servlet.request.RequestPostProcessor from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
        int allowed = 0;
        MvcResult refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            MvcResult answer = mvc.perform(post("/committees/cyp/alerts").with(from).with(csrf()).param("email", "rate-" + i + "-" + email)).andReturn();
            if (answer.getResponse().getStatus() == 429) {
                refused = answer;
            } else {
                allowed++;
            }
        }
        assertThat(allowed).as("the configured allowance").isEqualTo(10);
        assertThat(refused).isNotNull();
        assertThat(refused.getResponse().getErrorMessage()).isEqualTo("Too many requests for emails have been sent from your address. Try again in 10 minutes.");

        String huge = "x".repeat(8 * 1024) + "@example.org";
        MvcResult tooLarge = mvc.perform(post("/committees/cyp/alerts").with(csrf()).contentType("application/x-www-form-urlencoded")
                .content("email=" + huge)).andReturn();
        assertThat(tooLarge.getResponse().getStatus()).isEqualTo(413);
        assertThat(subscriptions.findAll()).noneMatch(s -> s.getEmail().length() > 254);
    }

    @Test
    void anAddressNeverConfirmedIsErasedOnceItsTimeIsUp() throws Exception {
        mvc.perform(post("/committees/cyp/alerts").with(csrf()).param("email", email));
        assertThat(mailTo(email)).hasSize(1);

        clock.freezeAt(Instant.parse("2027-03-07T09:00:00Z"));
        alerts.forgetUnconfirmed(settings.unconfirmedKeptFor());
        assertThat(subscriptions.findAll()).as("kept within the week").anyMatch(s -> s.getEmail().equals(email));

        clock.freezeAt(Instant.parse("2027-03-08T09:01:00Z"));
        assertThat(alerts.forgetUnconfirmed(settings.unconfirmedKeptFor())).isPositive();
        assertThat(subscriptions.findAll()).noneMatch(s -> s.getEmail().equals(email));
        assertThat(mailTo(email)).as("and struck from the outbox").isEmpty();
    }

    @Test
    void theFormRefusesAnAddressThatIsNotOneKeepsWhatWasTypedAndNeedsItsCsrfToken() throws Exception {
        assertThat(mvc.perform(get("/committees/cyp/alerts")).andReturn().getResponse().getContentAsString())
                .contains("Get emails about the Children and Young People Scrutiny Committee", "name=\"_csrf\"");
        String refused = mvc.perform(post("/committees/cyp/alerts").with(csrf()).param("email", "not an address")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "Enter an email address in the right form, like name@example.com", "value=\"not an address\"");
        assertThat(mvc.perform(post("/committees/cyp/alerts").param("email", email)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/alerts/1/confirm/forged")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/alerts/1/confirm/forged").with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/alerts/1/unsubscribe/forged")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/alerts/1/unsubscribe/forged")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/committees/nope/alerts")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
