package org.scrutineer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scrutineer.ScrutineerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A clerk signs in once and is then signed in to the staff pages and the Camunda Tasklist alike. */
@ScrutineerTest
class StaffSignInJourneyTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void signIn(String user, String password) {
        browser.driver().findElement(By.id("username")).sendKeys(user);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.cssSelector("button[type=submit].govuk-button")).click();
    }

    @Test
    void oneSignInOpensTheStaffAreaAndTheTasklist() {
        browser.go("/staff/meetings");
        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.accessibilityViolations()).isEmpty();

        signIn("clerk", "demo");
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(browser.path()).isEqualTo("/staff/meetings");

        browser.go("/staff");
        browser.driver().findElement(By.linkText("Your tasks")).click();
        browser.waitFor(d -> d.getPageSource().contains("Cleo Clerk"));
        assertThat(browser.path()).startsWith("/camunda/app/tasklist/");
        assertThat(browser.driver().findElements(By.cssSelector("form[name=signinForm]"))).isEmpty();
    }

    @Test
    void aWrongPasswordIsExplainedOnTheSignInPage() {
        browser.go("/login");
        signIn("author", "not-the-password");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/login?error"));
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The user name or password is not right");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
