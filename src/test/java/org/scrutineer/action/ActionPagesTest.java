package org.scrutineer.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.minutes.MinutesCompleted;
import org.scrutineer.minutes.ResolvedAction;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.scrutineer.publishing.PdfUa;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The actions tracker's pages: a clerk's refused form keeps what was typed; a partner's link opens the
 * answer page once, and a forged, used or expired one is refused in plain words; the public page and
 * the tracking report show what was asked and answered, without emails or exempt actions; the report's
 * PDF is PDF/UA.
 */
@ScrutineerTest
class ActionPagesTest {

    private static final Pattern LINK = Pattern.compile("/actions/(\\d+)/respond\\?token=([A-Za-z0-9_-]+)");

    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;
    @Autowired TrackedActions actions;
    @Autowired OutboxRepository outbox;
    @Autowired AppClock clock;
    @Autowired ActionTracker tracker;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    private ScheduledMeeting meeting;
    private ScheduledMeeting next;
    private String partner;

    @BeforeEach
    void aMeetingInMay2030() {
        clock.freezeAt(Instant.parse("2030-05-08T09:00:00Z"));
        long n = System.nanoTime() % 40;
        meeting = meetings.schedule("cyp", LocalDateTime.parse("2030-05-07T18:00").plusMinutes(n), null);
        next = meetings.schedule("cyp", LocalDateTime.parse("2030-06-11T18:00").plusMinutes(n), null);
        partner = "contact" + n + "-" + System.nanoTime() + "@police.example.org";
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestPostProcessor clerk() {
        return user("clerk").authorities(() -> "democratic-services");
    }

    private TrackedAction forPartner(String text) {
        return actions.add(new ActionRequest("cyp", meeting.id(), 4, text, "information-request", null, "Sam Sergeant", partner, null), "clerk");
    }

    private String link(TrackedAction action) {
        List<OutboxMessage> mail = outbox.findAll().stream().filter(m -> m.getRecipient().equals(partner)).toList();
        Matcher m = LINK.matcher(mail.get(mail.size() - 1).getBody());
        assertThat(m.find()).isTrue();
        return "/actions/" + action.getId() + "/respond?token=" + m.group(2);
    }

    @Test
    void aClerksRefusedFormKeepsWhatWasTypedAndAnAcceptedOneOpensTheAction() throws Exception {
        MvcResult refused = mvc.perform(post("/staff/actions").with(clerk()).with(csrf()).param("committee", "cyp")
                .param("meetingId", String.valueOf(meeting.id())).param("kind", "information-request").param("text", "The exclusions data by school")
                .param("ownerType", "partner").param("ownerName", "Sam Sergeant").param("ownerEmail", "sam at police")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        String page = refused.getResponse().getContentAsString();
        assertThat(page).contains("Error: Actions and information requests", "Enter an email address in the right format", "The exclusions data by school",
                "value=\"sam at police\"", "value=\"Sam Sergeant\"");

        MvcResult added = mvc.perform(post("/staff/actions").with(clerk()).with(csrf()).param("committee", "cyp")
                .param("meetingId", String.valueOf(meeting.id())).param("kind", "information-request").param("text", "The exclusions data by school")
                .param("ownerType", "partner").param("ownerName", "Sam Sergeant").param("ownerEmail", partner)).andReturn();
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        String location = added.getResponse().getRedirectedUrl();
        assertThat(location).matches("/staff/actions/\\d+");
        String detail = mvc.perform(get(location).with(clerk())).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("The exclusions data by school", "OPEN", "Sam Sergeant (" + partner + ")", "Send a new link", "No answer yet.");

        assertThat(mvc.perform(post("/staff/actions").with(clerk()).param("committee", "cyp")).andReturn().getResponse().getStatus())
                .as("no CSRF token").isEqualTo(403);
        assertThat(mvc.perform(get("/staff/actions").with(user("member").authorities(() -> "committee-members"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        String list = mvc.perform(get("/staff/actions").param("committee", "cyp").param("meetingId", String.valueOf(meeting.id())).with(clerk()))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("1 action as of", "The exclusions data by school");
        String badFilter = mvc.perform(get("/staff/actions").param("asOf", "soon").param("status", "LOST").with(clerk()))
                .andReturn().getResponse().getContentAsString();
        assertThat(badFilter).contains("Give the date as YYYY-MM-DD", "Choose a status from the list");
        MvcResult csv = mvc.perform(get("/staff/actions/export.csv").param("committee", "cyp").param("meetingId", String.valueOf(meeting.id()))
                .with(clerk())).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getContentAsString()).contains("The exclusions data by school", partner);
    }

    @Test
    void aPartnersLinkOpensTheAnswerPageOnceAndForgedUsedOrExpiredLinksAreRefusedPlainly() throws Exception {
        TrackedAction action = forPartner("Report stop and search of children");
        String link = link(action);
        String form = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Answer the information request", "Report stop and search of children", "Send the answer");
        assertThat(mvc.perform(get(link.substring(0, link.length() - 3) + "abc")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/actions/" + action.getId() + "/respond")).andReturn().getResponse().getStatus()).isEqualTo(404);

        String token = link.substring(link.indexOf("token=") + 6);
        MvcResult incomplete = mvc.perform(post("/actions/" + action.getId() + "/respond").with(csrf()).param("token", token)
                .param("response", "Figures attached").param("outcome", "partial")).andReturn();
        assertThat(incomplete.getResponse().getStatus()).isEqualTo(200);
        assertThat(incomplete.getResponse().getContentAsString()).contains("Give the date by which the rest will be done", "Figures attached");
        assertThat(mvc.perform(post("/actions/" + action.getId() + "/respond").param("token", token).param("response", "x").param("outcome", "done"))
                .andReturn().getResponse().getStatus()).as("no CSRF token").isEqualTo(403);

        MvcResult answered = mvc.perform(post("/actions/" + action.getId() + "/respond").with(csrf()).param("token", token)
                .param("response", "142 stops of children, none strip searched.").param("outcome", "done")).andReturn();
        assertThat(answered.getResponse().getContentAsString()).contains("Your answer has been sent", "nothing more you need to do");
        MvcResult used = mvc.perform(get(link)).andReturn();
        assertThat(used.getResponse().getStatus()).isEqualTo(410);
        assertThat(used.getResponse().getContentAsString()).contains("This link has already been used");

        TrackedAction other = forPartner("Report custody of children overnight");
        String otherLink = link(other);
        clock.advance(Duration.ofDays(31));
        MvcResult expired = mvc.perform(get(otherLink)).andReturn();
        assertThat(expired.getResponse().getStatus()).isEqualTo(410);
        assertThat(expired.getResponse().getContentAsString()).contains("This link has expired", "Nothing you typed was kept");
    }

    @Test
    void thePublicAndTheTrackingReportSeeWhatWasAskedAndAnsweredWithoutEmailsOrExemptActions() throws Exception {
        TrackedAction asked = forPartner("Report missing episodes of children in care");
        actions.answer(asked.getId(), "Forty-one episodes, all with a return interview.", "done", null, "Sam Sergeant");
        actions.add(new ActionRequest("cyp", meeting.id(), 5, "Brief members on the academy trust's finances", "action", "directors", null, null, null), "clerk");
        events.publishEvent(new MinutesCompleted(meeting.id(), List.of(), List.of(new ResolvedAction(9, 1, "Name the provider under investigation",
                "directors", null, null, true)), java.util.Map.of()));
        assertThat(tracker.find(new ActionTracker.Filter(null, meeting.id(), null, null))).extracting(ActionJson::exempt).contains(true);

        String pub = mvc.perform(get("/committees/cyp/actions")).andReturn().getResponse().getContentAsString();
        assertThat(pub).contains("What the committee asked for", "Report missing episodes of children in care", "Forty-one episodes", "Sam Sergeant",
                "Brief members on the academy trust&#39;s finances").doesNotContain(partner, "@police.example.org", "Name the provider under investigation");

        String report = mvc.perform(get("/meetings/" + next.id() + "/action-tracking")).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("Information requests and actions tracking report", "Report missing episodes of children in care", "Responded",
                "Forty-one episodes", "Brief members on the academy trust", "Response pending").doesNotContain(partner, "Name the provider under investigation");
        assertThat(mvc.perform(get("/meetings/" + meeting.id() + "/action-tracking")).andReturn().getResponse().getContentAsString())
                .as("a meeting's own actions go to the next one's report").doesNotContain("Report missing episodes of children in care");

        byte[] pdf = mvc.perform(get("/meetings/" + next.id() + "/action-tracking.pdf")).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfUa.failedRules(pdf)).isEmpty();
        assertThat(mvc.perform(get("/meetings/99999999/action-tracking")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
