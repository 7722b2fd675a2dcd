package org.scrutineer.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.minutes.MinutesSteps.recommendation;
import static org.scrutineer.minutes.MinutesSteps.resolution;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.publishing.PdfUa;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The minutes' pages: the clerk's page keeps what was typed when a part is refused; the published
 * minutes are public from the chair's approval for six years after the meeting, as a page and a
 * PDF/UA document; the staff's copy with the exempt minutes is only for the readers of the minutes.
 */
@ScrutineerTest
class MinutesPagesTest {

    @Autowired MockMvc mvc;
    @Autowired MinutesSteps steps;
    @Autowired MinutesService minutes;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;
    private int workProgramme;

    @BeforeEach
    void aMeetingIsHeld() {
        meeting = steps.heldOnTheTwentyThirdOfMarch(true);
        workProgramme = steps.itemNumbered(meeting, "Work programme");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestPostProcessor as(String name, String group) {
        return user(name).authorities(() -> group);
    }

    private MvcResult anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn();
    }

    private void approved() {
        int exempt = steps.itemNumbered(meeting, "Residential placement contract");
        MinutesBody body = steps.oneItem(meeting, workProgramme, resolution("That the programme be agreed.",
                List.of(recommendation("1", "That the Cabinet reviews allowances.")), List.of()));
        MinutesBody withExempt = new MinutesBody(body.attendance(), List.of(), List.of(body.items().get(0),
                new MinutesBody.ItemMinute(exempt, body.items().get(0).minute() + 1, null, "Provider B was preferred.", List.of())), null, List.of());
        steps.record(meeting, withExempt);
        steps.clerkCompletes(meeting);
        steps.chairApproves(meeting);
    }

    @Test
    void aPartRefusedIsShownAgainAsTypedWithItsReason() throws Exception {
        MvcResult refused = mvc.perform(post("/staff/meetings/" + meeting.id() + "/minutes/items/" + workProgramme + "/resolutions")
                .with(as("clerk", "democratic-services")).with(csrf())
                .param("forItem", String.valueOf(workProgramme)).param("resolution-text", "That the programme be agreed.")
                .param("vote", "unanimous").param("rec-1-number", "1").param("rec-1-text", "That the Cabinet reviews allowances.")
                .param("rec-1-addressee", "the-press")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        String page = refused.getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Choose who the recommendation is to", "href=\"#rec-1-addressee\"", "id=\"rec-1-addressee\"",
                "That the Cabinet reviews allowances.", "<details class=\"govuk-details\" open");
        assertThat(minutes.body(meeting.id()).items()).isEmpty();

        MvcResult saved = mvc.perform(post("/staff/meetings/" + meeting.id() + "/minutes/items/" + workProgramme + "/resolutions")
                .with(as("clerk", "democratic-services")).with(csrf())
                .param("resolution-text", "That the programme be agreed.").param("vote", "counted").param("vote-for", "5").param("vote-against", "1")
                .param("vote-abstain", "0")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(minutes.body(meeting.id()).items()).singleElement()
                .satisfies(item -> assertThat(item.resolutions().get(0).vote().words()).isEqualTo("For 5, against 1, abstaining 0"));
        assertThat(mvc.perform(get("/staff/meetings/" + meeting.id() + "/minutes").with(as("clerk", "democratic-services"))).andReturn()
                .getResponse().getContentAsString()).contains("RESOLVED: That the programme be agreed.", "For 5, against 1, abstaining 0");
    }

    @Test
    void aResolutionIsChangedInPlaceFromItsOwnFormAndARecommendationTakenOutOfItNeedsItsReason() throws Exception {
        String page = "/staff/meetings/" + meeting.id() + "/minutes";
        steps.record(meeting, steps.oneItem(meeting, workProgramme, resolution("That the programme be agreed.",
                List.of(recommendation("1", "That the Cabinet reviews allowances."), recommendation("2", "That the Cabinet publishes data.")),
                List.of(new MinutesBody.Action("Circulate the programme", "Democratic services", null, "2027-03-30")))));
        steps.clerkCompletes(meeting);
        steps.chairReturns(meeting, "Recommendation 2 was not agreed.");

        String form = mvc.perform(get(page).param("edit", workProgramme + "-0").with(as("clerk", "democratic-services"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("Change resolution 1 of item " + workProgramme, "Save the changes", "That the Cabinet publishes data.",
                "Circulate the programme", "action=\"/staff/meetings/" + meeting.id() + "/minutes/items/" + workProgramme + "/resolutions/0\"",
                "name=\"_csrf\"");

        String path = page + "/items/" + workProgramme + "/resolutions/0";
        MvcResult refused = mvc.perform(post(path).with(as("clerk", "democratic-services")).with(csrf())
                .param("forItem", String.valueOf(workProgramme)).param("editIndex", "0").param("editNumber", "1")
                .param("resolution-text", "That the programme be agreed.").param("vote", "unanimous")
                .param("rec-1-number", "1").param("rec-1-text", "That the Cabinet reviews allowances.").param("rec-1-addressee", "executive")
                .param("action-1-text", "Circulate the programme").param("action-1-owner", "Democratic services")).andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("Say why recommendation 2 of minute", "href=\"#withdrawal-reason\"",
                "Change resolution 1 of item " + workProgramme);

        MvcResult changed = mvc.perform(post(path).with(as("clerk", "democratic-services")).with(csrf())
                .param("resolution-text", "That the programme be agreed.").param("vote", "unanimous")
                .param("rec-1-number", "1").param("rec-1-text", "That the Cabinet reviews allowances.").param("rec-1-addressee", "executive")
                .param("action-1-text", "Circulate the programme").param("action-1-owner", "Democratic services")
                .param("withdrawal-reason", "Not agreed: the vote was lost.")).andReturn();
        assertThat(changed.getResponse().getStatus()).isEqualTo(302);
        MinutesBody.ItemMinute item = minutes.body(meeting.id()).items().get(0);
        assertThat(item.resolutions()).singleElement().satisfies(r -> {
            assertThat(r.recommendations()).extracting(MinutesBody.Recommendation::number).containsExactly("1");
            assertThat(r.actions()).extracting(MinutesBody.Action::text).containsExactly("Circulate the programme");
        });
        assertThat(minutes.body(meeting.id()).withdrawals()).singleElement()
                .satisfies(w -> assertThat(w.reason()).isEqualTo("Not agreed: the vote was lost."));
    }

    @Test
    void theMinutesArePublicFromTheChairsApprovalAsAPageAndAPdfUaDocument() throws Exception {
        String page = "/meetings/" + meeting.id() + "/minutes";
        assertThat(anonymous(page).getResponse().getStatus()).isEqualTo(404);
        approved();

        MvcResult html = anonymous(page);
        assertThat(html.getResponse().getStatus()).isEqualTo(200);
        assertThat(html.getResponse().getContentAsString()).contains("Draft: to be confirmed at the next meeting", "That the Cabinet reviews allowances.",
                "This item was considered in private.").doesNotContain("Provider B");
        MvcResult pdf = anonymous(page + ".pdf");
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(PdfUa.failedRules(pdf.getResponse().getContentAsByteArray())).isEmpty();
        assertThat(anonymous("/meetings/" + meeting.id()).getResponse().getContentAsString()).contains(page + ".pdf");
    }

    @Test
    void theNextMeetingsAgendaLinksItsMinutesItemToThePublishedDraft() throws Exception {
        ScheduledMeeting earlier = steps.heldAt(java.time.LocalDateTime.parse("2027-03-26T10:00"));
        steps.record(earlier, steps.oneItem(earlier, steps.itemNumbered(earlier, "Work programme"), null));
        steps.clerkCompletes(earlier);
        steps.chairApproves(earlier);
        ScheduledMeeting next = steps.heldAt(java.time.LocalDateTime.parse("2027-03-26T18:00"));

        String agenda = anonymous("/meetings/" + next.id() + "/agenda").getResponse().getContentAsString();
        assertThat(agenda).contains("href=\"/meetings/" + earlier.id() + "/minutes\"", "Read the draft minutes of the meeting on Friday 26 March 2027");
    }

    @Test
    void theStaffCopyWithTheExemptMinuteIsForTheReadersOfTheMinutesOnly() throws Exception {
        approved();
        String copy = "/staff/minutes/" + meeting.id();
        for (String group : new String[] {"scrutiny-chairs", "democratic-services", "statutory-scrutiny-officer"}) {
            MvcResult read = mvc.perform(get(copy).with(as("reader", group))).andReturn();
            assertThat(read.getResponse().getStatus()).as(group).isEqualTo(200);
            assertThat(read.getResponse().getContentAsString()).contains("Provider B was preferred.", "This is the staff's copy.");
        }
        assertThat(mvc.perform(get(copy).with(as("member", "committee-members"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(copy).with(as("iro", "iro"))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void sixYearsAfterTheMeetingTheMinutesLeaveThePublicSiteButStayForStaff() throws Exception {
        approved();
        String page = "/meetings/" + meeting.id() + "/minutes";
        clock.freezeAt(Instant.parse("2033-03-23T12:00:00Z"));
        assertThat(anonymous(page).getResponse().getStatus()).as("on the last day of the six years").isEqualTo(200);
        clock.freezeAt(Instant.parse("2033-03-24T12:00:00Z"));
        assertThat(anonymous(page).getResponse().getStatus()).isEqualTo(404);
        assertThat(anonymous(page + ".pdf").getResponse().getStatus()).isEqualTo(404);
        assertThat(anonymous("/meetings/" + meeting.id()).getResponse().getContentAsString()).doesNotContain(page + ".pdf");
        assertThat(mvc.perform(get("/staff/minutes/" + meeting.id()).with(as("chair", "scrutiny-chairs"))).andReturn().getResponse()
                .getContentAsString()).contains("That the Cabinet reviews allowances.");
    }
}
