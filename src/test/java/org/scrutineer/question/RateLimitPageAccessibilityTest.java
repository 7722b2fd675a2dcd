package org.scrutineer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.e2e.Browser;
import org.scrutineer.meeting.MeetingService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The page a resident meets after sending too many questions, audited by axe. It needs an
 * application of its own with a limit of one, because the limit is per address and every other
 * test shares this machine's.
 */
@Tag("own-application")
class RateLimitPageAccessibilityTest {

    @TempDir Path dataDir;

    @Test
    void theTooManyQuestionsPageHasNoSeriousOrCriticalViolations() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ScrutineerApplication.class).run(
                "--scrutineer.data-dir=" + dataDir, "--server.port=0", "--camunda.bpm.process-engine-name=rate-limit-check",
                "--camunda.bpm.job-execution.enabled=false",
                "--scrutineer.demo-data.year=false", "--scrutineer.mail.embedded-port=0", "--scrutineer.mail.poll=false",
                "--scrutineer.questions.rate-limit-requests=1")) {
            long meeting = app.getBean(MeetingService.class).schedule("cyp",
                    LocalDate.now().plusMonths(2).with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).atTime(14, 0), null).id();
            try (Browser browser = Browser.open(((WebServerApplicationContext) app).getWebServer().getPort())) {
                browser.go("/meetings/" + meeting + "/ask");
                browser.clickWhenReady(By.xpath("//button[normalize-space(.)='Send question']"));
                browser.waitFor(d -> d.findElements(By.cssSelector(".govuk-error-summary")).stream().findFirst().orElse(null));
                browser.clickWhenReady(By.xpath("//button[normalize-space(.)='Send question']"));
                browser.waitFor(d -> d.getPageSource().contains("Too many"));
                browser.screenshot("a11y-too-many-questions");

                assertThat(browser.driver().getPageSource()).contains("Try again in a few minutes");
                assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            }
        }
    }
}
