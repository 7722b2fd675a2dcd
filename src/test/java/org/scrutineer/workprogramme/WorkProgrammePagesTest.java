package org.scrutineer.workprogramme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.e2e.Browser;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The work programme's pages: staff add and change items, a refused form comes back as typed with
 * its reasons; the public page shows each meeting's items and the reserve; both pass the axe audit.
 */
@ScrutineerTest
class WorkProgrammePagesTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;
    @Autowired WorkProgramme programme;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void inTheYear2031() {
        clock.freezeAt(Instant.parse("2031-06-02T09:00:00Z"));
        meeting = meetings.schedule("cyp", LocalDateTime.parse("2031-10-14T14:00"), null);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestPostProcessor officer() {
        return user("scrutiny-officer").authorities(() -> "statutory-scrutiny-officer");
    }

    @Test
    void staffAddAndChangeItemsAndARefusedFormKeepsWhatWasTyped() throws Exception {
        MvcResult refused = mvc.perform(post("/staff/work-programme").param("committee", "cyp").with(officer()).with(csrf())
                .param("topic", "Youth justice").param("objectives", "To hear from the youth offending service.")
                .param("form", "task-and-finish-group").param("meetingId", "reserve").param("source", "officer").param("status", "proposed")
                .param("groupMembers", "Cllr Margaret Okafor")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("There is a problem", "href=\"#groupMembers\"",
                "A task and finish group needs at least two members of the committee", "To hear from the youth offending service.");
        assertThat(programme.forYear("cyp", programme.yearBeginning(2031))).extracting(WorkProgrammeItem::getTopic).doesNotContain("Youth justice");

        MvcResult added = mvc.perform(post("/staff/work-programme").param("committee", "cyp").with(officer()).with(csrf())
                .param("topic", "Youth justice").param("form", "spotlight-review").param("meetingId", String.valueOf(meeting.id()))
                .param("source", "officer").param("status", "scheduled")).andReturn();
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        WorkProgrammeItem item = programme.forYear("cyp", programme.yearBeginning(2031)).stream()
                .filter(i -> i.getTopic().equals("Youth justice")).findFirst().orElseThrow();
        assertThat(item.getMeetingId()).isEqualTo(meeting.id());

        String edit = mvc.perform(get("/staff/work-programme/" + item.getId()).with(officer())).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("value=\"Youth justice\"", "Save the item");
        MvcResult changed = mvc.perform(post("/staff/work-programme/" + item.getId()).with(officer()).with(csrf())
                .param("topic", "Youth justice").param("form", "spotlight-review").param("meetingId", "reserve")
                .param("source", "officer").param("status", "dropped").param("droppedReason", "The inspection covers it")).andReturn();
        assertThat(changed.getResponse().getStatus()).isEqualTo(302);
        assertThat(programme.get(item.getId()).getDroppedReason()).isEqualTo("The inspection covers it");
        assertThat(programme.get(item.getId()).isReserve()).isTrue();

        assertThat(mvc.perform(get("/staff/work-programme").with(user("member").authorities(() -> "committee-members"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void thePublicPageShowsEachMeetingsItemsAndTheReserveAndBothPagesPassTheAudit() {
        programme.add("cyp", new WorkProgrammeChange("Fostering sufficiency", "To test the placement strategy.", "Placement data", "Head of fostering",
                "committee-item", meeting.id(), "member", "scheduled", null, null));
        programme.add("cyp", new WorkProgrammeChange("Care leavers' housing", null, null, null, "task-and-finish-group", null, "public-suggestion",
                "proposed", null, new WorkProgrammeChange.Group(List.of("Cllr Margaret Okafor", "Cllr Rhys Morgan"), List.of("A care leaver"),
                "Supported accommodation", java.time.LocalDate.parse("2032-02-27"))));
        try (Browser browser = Browser.open(port)) {
            browser.go("/committees/cyp/work-programme?year=2031");
            String page = browser.driver().getPageSource();
            assertThat(page).contains("Work programme 2031/32", "Meeting of Tuesday 14 October 2031", "Fostering sufficiency", "In reserve",
                    "Care leavers' housing", "Cllr Margaret Okafor, Cllr Rhys Morgan", "co-opted, not voting: A care leaver", "Friday 27 February 2032");
            browser.screenshot("work-programme-public");
            assertThat(browser.accessibilityViolations()).as("the public work programme").isEmpty();

            browser.go("/login");
            browser.driver().findElement(org.openqa.selenium.By.id("username")).sendKeys("scrutiny-officer");
            browser.driver().findElement(org.openqa.selenium.By.id("password")).sendKeys("demo");
            browser.click(browser.driver().findElement(org.openqa.selenium.By.cssSelector("button[type=submit].govuk-button")));
            browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));
            browser.go("/staff/work-programme?committee=cyp&year=2031");
            assertThat(browser.driver().getPageSource()).contains("Fostering sufficiency", "Add the item", "Item number ");
            browser.screenshot("work-programme-staff");
            assertThat(browser.seriousAccessibilityViolations()).as("the staff work programme").isEmpty();
        }
    }
}
