package org.scrutineer.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.e2e.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The improvement plans in the staff area: a clerk imports the plan's table from the page and lands
 * on the plan, with the doubtful rows named; every member of staff reads it; a file that is not a
 * plan is refused on the page in words; the pages pass the axe audit.
 */
@ScrutineerTest
class StaffPlanPagesTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired AppClock clock;

    private String title;

    @BeforeEach
    void aPlanOfItsOwn() {
        clock.freezeAt(Instant.parse("2025-12-01T10:00:00Z"));
        title = "Children's Services Improvement Plan, pages " + System.nanoTime();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestPostProcessor clerk() {
        return user("clerk").authorities(() -> "democratic-services");
    }

    private byte[] plan() throws Exception {
        try (var in = getClass().getResourceAsStream("/improvement/childrens-services-plan.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("Children's Services Improvement Plan,", "\"" + title + "\",")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private MvcResult upload(RequestPostProcessor who, byte[] csv) throws Exception {
        return mvc.perform(multipart("/staff/plans/import").file(new MockMultipartFile("file", "plan.csv", "text/csv", csv)).with(who).with(csrf()))
                .andReturn();
    }

    @Test
    void aClerkImportsThePlanFromThePageAndSeesItByThemeWithTheRowsToLookAt() throws Exception {
        MvcResult imported = upload(clerk(), plan());
        assertThat(imported.getResponse().getStatus()).isEqualTo(302);
        String planPage = imported.getResponse().getRedirectedUrl();
        assertThat(planPage).matches("/staff/plans/\\d+");

        MvcResult shown = mvc.perform(get(planPage).with(user("member").authorities(() -> "committee-members"))
                .flashAttrs(imported.getFlashMap())).andReturn();
        String page = shown.getResponse().getContentAsString();
        assertThat(shown.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains("9 rows imported, 0 already held and left as they were.", "The import found 4 things to check:",
                "Row 9 (P2.1): brag &#39;purple&#39; is not blue, green, amber, red or grey; imported without a rating",
                "Our workforce", "Accountable lead: director", "Our practice", "W1.1",
                "Market supplement agreed by the appointments panel: Tuesday 31 March 2026", "Both in post: no date yet",
                "Serves 1.1 Social workers have caseloads they can manage", "Green (on track) 1", "Red (off track) 1", "2 not yet rated",
                "Download the plan as CSV");
        assertThat(page.indexOf("Our workforce")).isLessThan(page.indexOf("Our practice"));

        String list = mvc.perform(get("/staff/plans").with(user("member").authorities(() -> "committee-members"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains(title.replace("'", "&#39;"), "Green 1", "Amber 1").doesNotContain("Import a plan");
        assertThat(mvc.perform(get("/staff/plans").with(clerk())).andReturn().getResponse().getContentAsString()).contains("Import a plan");

        MvcResult csv = mvc.perform(get(planPage + "/export.csv").with(clerk())).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith(String.join(",", PlanImport.COLUMNS));
    }

    @Test
    void aFileThatIsNotAPlanIsRefusedOnThePageAndSomeoneWhoMayNotImportIsTurnedAway() throws Exception {
        MvcResult refused = upload(clerk(), "name,score\nAda,3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("There is a problem", "The file has no column plan, theme")
                .contains("<title>Error: Improvement plans");

        MvcResult nothing = mvc.perform(multipart("/staff/plans/import").with(clerk()).with(csrf())).andReturn();
        assertThat(nothing.getResponse().getContentAsString()).contains("Choose the plan&#39;s CSV file");

        assertThat(upload(user("cabinet-member").authorities(() -> "cabinet"), plan()).getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/staff/plans/987654321").with(clerk())).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void thePlanPagesPassTheAxeAudit() throws Exception {
        Path file = Files.createTempFile("plan", ".csv");
        Files.write(file, plan());
        try (Browser browser = Browser.open(port)) {
            browser.signIn("clerk");
            browser.go("/staff/plans");
            assertThat(browser.accessibilityViolations()).as("the list of plans").isEmpty();
            browser.driver().findElement(By.id("file")).sendKeys(file.toString());
            browser.click(browser.driver().findElement(By.cssSelector("form[action$='/staff/plans/import'] button")));
            browser.waitFor(d -> d.getCurrentUrl().matches(".*/staff/plans/\\d+$"));
            assertThat(browser.driver().getPageSource()).contains("9 rows imported", "Our workforce");
            browser.screenshot("improvement-plan");
            assertThat(browser.accessibilityViolations()).as("a plan").isEmpty();
            for (String form : new String[] {"place-report", "add-recommendation", "add-measure"}) {
                browser.click(browser.driver().findElement(By.cssSelector("#" + form + " summary")));
            }
            browser.screenshot("improvement-plan-forms");
            assertThat(browser.accessibilityViolations()).as("a plan with its forms open").isEmpty();
            browser.click(browser.driver().findElement(By.cssSelector("form[action$='/measures'] button")));
            browser.waitFor(d -> d.getPageSource().contains("There is a problem"));
            assertThat(browser.driver().getPageSource()).contains("Give the measure");
            assertThat(browser.accessibilityViolations()).as("a measure refused").isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
