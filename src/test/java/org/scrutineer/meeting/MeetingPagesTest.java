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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ScrutineerTest
class MeetingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingRepository repository;

    @Autowired
    AppClock clock;

    @BeforeEach
    void itIsEarlyMarch2025() {
        clock.freezeAt(Instant.parse("2025-03-03T09:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestPostProcessor clerk() {
        return user("clerk").authorities(() -> "democratic-services");
    }

    @Test
    void theHomePageListsUpcomingMeetingsOnly() throws Exception {
        ScheduledMeeting upcoming = meetings.schedule("cyp", LocalDateTime.parse("2025-03-18T14:00"), "Room 101");
        ScheduledMeeting past = meetings.schedule("cyp", LocalDateTime.parse("2025-02-11T14:00"), "Room 102");

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/meetings/" + upcoming.id() + "\"")))
                .andExpect(content().string(containsString("Tuesday 18 March 2025 at 2pm")))
                .andExpect(content().string(containsString("href=\"/meetings.ics\"")))
                .andExpect(content().string(not(containsString("href=\"/meetings/" + past.id() + "\""))));
    }

    @Test
    void aMeetingPageStatesItsDeadlinesInWords() throws Exception {
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2025-03-18T14:00"), null);

        mvc.perform(get("/meetings/" + meeting.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Questions must be received by 5pm on Wednesday 12 March 2025")))
                .andExpect(content().string(containsString("Reports for the meeting are due by Thursday 6 March 2025")))
                .andExpect(content().string(containsString("The agenda will be published by Monday 10 March 2025")))
                .andExpect(content().string(containsString("Council Chamber, Town Hall")))
                .andExpect(content().string(containsString("href=\"/committees/cyp/meetings.ics\"")))
                .andExpect(content().string(containsString("govuk-frontend.min.css")));
    }

    @Test
    void afterTheDeadlineThePageSaysQuestionsHaveClosed() throws Exception {
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2025-03-18T14:00"), null);
        clock.freezeAt(Instant.parse("2025-03-12T17:30:00Z"));

        mvc.perform(get("/meetings/" + meeting.id()))
                .andExpect(content().string(containsString("The deadline for questions to this meeting has passed.")))
                .andExpect(content().string(containsString("Questions had to be received by 5pm on Wednesday 12 March 2025")));
    }

    @Test
    void anUnknownMeetingIsAFriendly404() throws Exception {
        mvc.perform(get("/meetings/424242"))
                .andExpect(status().isNotFound());
    }

    @Test
    void staffPagesNeedASignIn() throws Exception {
        mvc.perform(get("/staff/meetings").accept("text/html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void onlyDemocraticServicesManagesMeetings() throws Exception {
        mvc.perform(get("/staff/meetings").with(user("member").authorities(() -> "committee-members")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aClerkSchedulesAMeetingFromTheStaffPage() throws Exception {
        mvc.perform(get("/staff/meetings/new").with(clerk()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Schedule a meeting")));

        String location = mvc.perform(post("/staff/meetings/new").with(clerk()).with(csrf())
                        .param("committee", "cyp").param("day", "22").param("month", "4").param("year", "2025")
                        .param("time", "2pm").param("venue", "Committee Room 1"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ScheduledMeeting created = meetings.get(id);
        assertThat(created.startsAt()).isEqualTo(LocalDateTime.parse("2025-04-22T14:00"));
        assertThat(created.venue()).isEqualTo("Committee Room 1");

        mvc.perform(get(location).with(clerk()))
                .andExpect(content().string(containsString("5pm on Monday 14 April 2025")));
    }

    @Test
    void mistakesAreExplainedAndWhatWasTypedIsKept() throws Exception {
        long before = repository.count();
        mvc.perform(post("/staff/meetings/new").with(clerk()).with(csrf())
                        .param("committee", "cyp").param("day", "31").param("month", "2").param("year", "2025")
                        .param("time", "25:99").param("venue", "The <b>Annexe</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The date of the meeting must be a real date")))
                .andExpect(content().string(containsString("Enter the start time like 14:00 or 2pm")))
                .andExpect(content().string(containsString("value=\"31\"")))
                .andExpect(content().string(containsString("value=\"25:99\"")))
                .andExpect(content().string(containsString("The &lt;b&gt;Annexe&lt;/b&gt;")));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aClerkReschedulesAMeetingAndItsDeadlinesFollow() throws Exception {
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2025-03-18T14:00"), null);

        mvc.perform(get("/staff/meetings/" + meeting.id() + "/edit").with(clerk()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"18\"")))
                .andExpect(content().string(containsString("value=\"14:00\"")));

        mvc.perform(post("/staff/meetings/" + meeting.id() + "/edit").with(clerk()).with(csrf())
                        .param("day", "25").param("month", "3").param("year", "2025").param("time", "18:30").param("venue", ""))
                .andExpect(status().is3xxRedirection());

        ScheduledMeeting moved = meetings.get(meeting.id());
        assertThat(moved.startsAt()).isEqualTo(LocalDateTime.parse("2025-03-25T18:30"));
        assertThat(moved.deadlines().questionDeadline()).isEqualTo(LocalDateTime.parse("2025-03-19T17:00"));
        assertThat(moved.venue()).isEqualTo("Council Chamber, Town Hall");
    }

    @Test
    void theStaffFormRefusesAPostWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/staff/meetings/new").with(clerk())
                        .param("committee", "cyp").param("day", "22").param("month", "4").param("year", "2025").param("time", "14:00"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLoginPageSignsStaffIn() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("Sign in")));
        mvc.perform(post("/login").with(csrf()).param("username", "clerk").param("password", "demo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff"));
        mvc.perform(post("/login").with(csrf()).param("username", "author").param("password", "wrong"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("The user name or password is not right")));
    }
}
