package org.scrutineer.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Democratic services' agenda page: the draft in order, reordered and added to, a refusal keeping what was typed, and cancelling the meeting. */
@ScrutineerTest
class StaffAgendaPageTest {

    @Autowired MockMvc mvc;
    @Autowired MeetingSteps steps;
    @Autowired AgendaService agendas;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    private static RequestPostProcessor clerk() {
        return user("clerk").authorities(() -> "democratic-services");
    }

    @BeforeEach
    void aDraftedAgenda() {
        meeting = steps.meetingOnTheTwentyThird();
        ProcessInstance lifecycle = steps.lifecycleOf(meeting);
        steps.at(MeetingSteps.REPORT_DEADLINE);
        steps.runDueJobs(lifecycle);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(clerk()).with(csrf())).andReturn();
    }

    private String page() throws Exception {
        MvcResult shown = perform(get("/staff/meetings/" + meeting.id() + "/agenda"));
        assertThat(shown.getResponse().getStatus()).isEqualTo(200);
        return shown.getResponse().getContentAsString();
    }

    @Test
    void theDraftIsShownInOrderAndSaysWhenItIsPublished() throws Exception {
        String page = page();
        assertThat(page).contains("Draft. The pack is published at 9am on Monday 15 March 2027", "Apologies for absence", "Date of the next meeting",
                "Save the order", "Add an item");
        assertThat(page.indexOf("Apologies for absence")).isLessThan(page.indexOf("Date of the next meeting"));
        assertThat(perform(get("/staff/meetings/" + meeting.id())).getResponse().getContentAsString())
                .contains("href=\"/staff/meetings/" + meeting.id() + "/agenda\"");
    }

    @Test
    void numbersGiveTheNewOrderAndATickedItemLeaves() throws Exception {
        List<AgendaItem> items = agendas.items(meeting.id());
        MockHttpServletRequestBuilder order = post("/staff/meetings/" + meeting.id() + "/agenda/order");
        for (AgendaItem item : items) {
            order.param("position-" + item.getId(), String.valueOf(item.getKind() == AgendaItemKind.NEXT_MEETING ? 0 : item.getPosition()));
        }
        order.param("remove-" + items.get(1).getId(), "yes");
        MvcResult saved = perform(order);
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        List<AgendaItem> after = agendas.items(meeting.id());
        assertThat(after.get(0).getKind()).isEqualTo(AgendaItemKind.NEXT_MEETING);
        assertThat(after).extracting(AgendaItem::getKind).doesNotContain(AgendaItemKind.SUBSTITUTES).hasSize(items.size() - 1);
    }

    @Test
    void aNumberThatIsNotOneIsRefusedAndWhatWasTypedStays() throws Exception {
        List<AgendaItem> items = agendas.items(meeting.id());
        MockHttpServletRequestBuilder order = post("/staff/meetings/" + meeting.id() + "/agenda/order");
        for (AgendaItem item : items) {
            order.param("position-" + item.getId(), item.getPosition() == 3 ? "third" : String.valueOf(10 - item.getPosition()));
        }
        MvcResult refused = perform(order);
        String page = refused.getResponse().getContentAsString();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains("There is a problem", "Give item 3, Declarations of interest, a number from 1 to 999", "value=\"third\"", "value=\"9\"");
        assertThat(agendas.items(meeting.id())).extracting(AgendaItem::getKind).as("nothing changed").first().isEqualTo(AgendaItemKind.APOLOGIES);
    }

    @Test
    void anItemIsAddedAndARefusedOneKeepsWhatWasTyped() throws Exception {
        MvcResult refused = perform(post("/staff/meetings/" + meeting.id() + "/agenda/items")
                .param("title", "Placement provider contract").param("purpose", "To note the award of the contract.")
                .param("exempt", "yes").param("exemptParagraph", "9"));
        String page = refused.getResponse().getContentAsString();
        assertThat(page).contains("Give the paragraph of Schedule 12A (1 to 7) that makes the item exempt", "value=\"Placement provider contract\"",
                "To note the award of the contract.");
        assertThat(agendas.items(meeting.id())).extracting(AgendaItem::getTitle).doesNotContain("Placement provider contract");

        MvcResult added = perform(post("/staff/meetings/" + meeting.id() + "/agenda/items")
                .param("title", "Placement provider contract").param("exempt", "yes").param("exemptParagraph", "3"));
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        assertThat(agendas.items(meeting.id())).filteredOn(i -> i.getTitle().equals("Placement provider contract")).singleElement()
                .satisfies(i -> assertThat(i.getExemptParagraph()).isEqualTo("3"));
    }

    @Test
    void theMeetingIsCancelledFromItsPageWithAReason() throws Exception {
        MvcResult noReason = perform(post("/staff/meetings/" + meeting.id() + "/cancel").param("reason", " "));
        assertThat(noReason.getResponse().getContentAsString()).contains("Say why the meeting is cancelled");
        assertThat(meetings.get(meeting.id()).meeting().isCancelled()).isFalse();
        MvcResult cancelled = perform(post("/staff/meetings/" + meeting.id() + "/cancel").param("reason", "Not quorate."));
        assertThat(cancelled.getResponse().getStatus()).isEqualTo(302);
        assertThat(meetings.get(meeting.id()).meeting().getCancellationReason()).isEqualTo("Not quorate.");
        assertThat(page()).contains("This meeting is cancelled: Not quorate.");
    }
}
