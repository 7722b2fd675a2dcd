package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.e2e.Browser;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A resident asks for the committee's emails, confirms and stops them in a browser; every page on the way passes the axe audit. */
@ScrutineerTest
class CommitteeAlertsPagesAccessibilityTest {

    @LocalServerPort int port;
    @Autowired OutboxRepository outbox;
    @Autowired MeetingService meetings;

    private String link(String email, String kind) {
        Pattern link = Pattern.compile("https?://\\S+(/alerts/\\d+/" + kind + "/[A-Za-z0-9_-]+)");
        for (OutboxMessage message : outbox.findAll()) {
            Matcher found = link.matcher(message.getBody());
            if (message.getRecipient().equals(email) && found.find()) {
                return found.group(1);
            }
        }
        throw new AssertionError("No " + kind + " link for " + email);
    }

    @Test
    void theSubscriptionPagesPassTheAxeAudit() {
        String email = "browser-" + System.nanoTime() + "@example.org";
        try (Browser browser = Browser.open(port)) {
            browser.go("/committees/cyp/alerts");
            assertThat(browser.accessibilityViolations()).as("the form").isEmpty();
            browser.type("email", "not an address");
            browser.click(browser.driver().findElement(By.cssSelector("form button")));
            browser.waitFor(d -> d.getPageSource().contains("There is a problem"));
            assertThat(browser.accessibilityViolations()).as("the form refused").isEmpty();
            browser.driver().findElement(By.id("email")).clear();
            browser.type("email", email);
            browser.click(browser.driver().findElement(By.cssSelector("form button")));
            browser.waitFor(d -> d.getPageSource().contains("Check your email"));
            assertThat(browser.accessibilityViolations()).as("check your email").isEmpty();

            browser.go(link(email, "confirm"));
            assertThat(browser.accessibilityViolations()).as("confirm").isEmpty();
            browser.click(browser.driver().findElement(By.id("confirm")));
            browser.waitFor(d -> d.getPageSource().contains("You will get the emails"));
            browser.screenshot("alerts-confirmed");
            assertThat(browser.accessibilityViolations()).as("confirmed").isEmpty();

            java.time.LocalDateTime inAMonth = java.time.LocalDate.now().plusDays(30).atTime(18, 0);
            ScheduledMeeting meeting = meetings.schedule("cyp", inAMonth, null);
            meetings.reschedule(meeting.id(), inAMonth.plusDays(1), null);
            browser.go(link(email, "unsubscribe"));
            assertThat(browser.accessibilityViolations()).as("unsubscribe").isEmpty();
            browser.click(browser.driver().findElement(By.id("unsubscribe")));
            browser.waitFor(d -> d.getPageSource().contains("The emails have stopped"));
            assertThat(browser.accessibilityViolations()).as("unsubscribed").isEmpty();
        }
    }
}
