package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Democratic services set a meeting's deadlines by hand on its staff page, with GOV.UK errors that keep what was typed. */
@ScrutineerTest
class StaffDeadlinesPageTest {

    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeetingOnTheEighteenthOfMarch2025() {
        meeting = meetings.schedule("cyp", LocalDateTime.parse("2025-03-18T14:00"), null);
    }

    private static RequestPostProcessor clerk() {
        return user("clerk").authorities(() -> "democratic-services");
    }

    /** The form as it comes, with the stored deadlines (5pm on 12 March, 6 March, 10 March), then what the clerk changed: name, value, ... */
    private MockHttpServletRequestBuilder deadlines(String... changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] stored = {"questionDay", "12", "questionMonth", "3", "questionYear", "2025", "questionTime", "17:00",
                "reportDay", "6", "reportMonth", "3", "reportYear", "2025", "agendaDay", "10", "agendaMonth", "3", "agendaYear", "2025"};
        for (String[] pairs : new String[][] {stored, changed}) {
            for (int i = 0; i < pairs.length; i += 2) {
                fields.put(pairs[i], pairs[i + 1]);
            }
        }
        MockHttpServletRequestBuilder post = post("/staff/meetings/" + meeting.id() + "/deadlines").with(clerk()).with(csrf());
        fields.forEach(post::param);
        return post;
    }

    @Test
    void theFormShowsTheStoredDeadlines() throws Exception {
        Document form = Jsoup.parse(mvc.perform(get("/staff/meetings/" + meeting.id() + "/deadlines").with(clerk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("h1").text()).isEqualTo("Change the deadlines");
        assertThat(form.select("#questionDay").val()).isEqualTo("12");
        assertThat(form.select("#questionTime").val()).isEqualTo("17:00");
        assertThat(form.select("#reportDay").val()).isEqualTo("6");
        assertThat(form.select("#agendaDay").val()).isEqualTo("10");
        mvc.perform(get("/staff/meetings/" + meeting.id() + "/deadlines").with(user("member").authorities(() -> "committee-members")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aChangeWithoutAReasonIsExplainedAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(deadlines("questionDay", "13", "questionTime", "9:30am", "reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#deadlineOverrideReason\"")))
                .andExpect(content().string(containsString("Enter the reason for changing the deadlines")))
                .andExpect(content().string(containsString("value=\"13\"")))
                .andExpect(content().string(containsString("value=\"9:30am\"")));
        assertThat(meetings.get(meeting.id()).questionDeadlineOverridden()).isFalse();
    }

    @Test
    void anAgendaTooCloseToTheMeetingIsRefusedOnTheFormKeepingWhatWasTyped() throws Exception {
        mvc.perform(deadlines("agendaDay", "12", "reason", "The clerk is away"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#agendaPublicationDate\"")))
                .andExpect(content().string(containsString("at least 5 clear working days before the meeting on Tuesday 18 March 2025."
                        + " Publishing it on Wednesday 12 March 2025 leaves 3")))
                .andExpect(content().string(containsString("The clerk is away")));
        assertThat(meetings.get(meeting.id()).deadlines().agendaPublicationDate()).isEqualTo(LocalDate.parse("2025-03-10"));
    }

    @Test
    void aChangedDeadlineIsSetByHandWithItsReasonAndTheRulesCanTakeItBack() throws Exception {
        mvc.perform(deadlines("questionDay", "13", "questionTime", "9:30am",
                        "reason", "The agenda pack says 9:30am on Thursday 13 March"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/meetings/" + meeting.id()));

        ScheduledMeeting changed = meetings.get(meeting.id());
        assertThat(changed.deadlines().questionDeadline()).isEqualTo(LocalDateTime.parse("2025-03-13T09:30"));
        assertThat(changed.questionDeadlineOverridden()).isTrue();
        assertThat(changed.reportDeadlineOverridden()).as("an unchanged deadline stays the rules'").isFalse();
        mvc.perform(get("/staff/meetings/" + meeting.id()).with(clerk()))
                .andExpect(content().string(containsString("9:30am on Thursday 13 March 2025")))
                .andExpect(content().string(containsString("Set by hand")))
                .andExpect(content().string(containsString("The agenda pack says 9:30am on Thursday 13 March")))
                .andExpect(content().string(containsString("rules would now give")));

        mvc.perform(post("/staff/meetings/" + meeting.id() + "/reapply-rules").with(clerk()).with(csrf()).param("clearOverrides", "true"))
                .andExpect(status().is3xxRedirection());
        ScheduledMeeting reapplied = meetings.get(meeting.id());
        assertThat(reapplied.deadlines().questionDeadline()).isEqualTo(LocalDateTime.parse("2025-03-12T17:00"));
        assertThat(reapplied.anyDeadlineOverridden()).isFalse();
        mvc.perform(get("/staff/meetings/" + meeting.id()).with(clerk()))
                .andExpect(content().string(not(containsString("Set by hand"))));
    }
}
