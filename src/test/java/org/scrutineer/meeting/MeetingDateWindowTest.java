package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** A meeting's date must lie between 1 January 2000 and ten years from today, however it is given. */
@ScrutineerTest
class MeetingDateWindowTest {

    private static final String OUTSIDE = "Give a date between 1 January 2000 and 1 December 2036";

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired AppClock clock;
    @Autowired MeetingService meetings;
    @Autowired MeetingRepository repository;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void firstOfDecember2026() {
        clock.freezeAt(Instant.parse("2026-12-01T12:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private ApiClient clerk() {
        return ApiClient.as(port, "clerk", "demo");
    }

    @ParameterizedTest(name = "a meeting at {0}")
    @ValueSource(strings = {"0000-01-01T14:00", "9999-01-01T14:00", "+999999999-01-01T14:00", "1999-12-31T14:00", "2036-12-02T14:00"})
    void theApiRefusesToScheduleOrMoveAMeetingOutsideTheWindow(String startsAt) throws Exception {
        long before = repository.count();
        HttpResponse<String> scheduled = clerk().post("/api/meetings", "{\"committee\":\"cyp\",\"startsAt\":\"" + startsAt + "\"}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(422);
        assertThat(json.readTree(scheduled.body()).path("errors").path("startsAt").asText()).isEqualTo(OUTSIDE);
        assertThat(json.readTree(scheduled.body()).path("error").asText()).isEqualTo(OUTSIDE + ".");
        assertThat(repository.count()).isEqualTo(before);

        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2027-03-16T14:00"), null);
        HttpResponse<String> moved = clerk().put("/api/meetings/" + meeting.id(), "{\"startsAt\":\"" + startsAt + "\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(422);
        assertThat(json.readTree(moved.body()).path("errors").path("startsAt").asText()).isEqualTo(OUTSIDE);
        assertThat(meetings.get(meeting.id()).startsAt()).isEqualTo(LocalDateTime.parse("2027-03-16T14:00"));
    }

    @ParameterizedTest(name = "a deadline set by hand on {0}")
    @ValueSource(strings = {"0000-01-01", "9999-01-01", "+999999999-01-01", "1999-12-31"})
    void aDeadlineSetByHandOutsideTheWindowIsRefused(String day) throws Exception {
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2027-03-16T14:00"), null);
        for (String field : new String[] {"questionDeadline", "reportDeadline", "agendaPublicationDate"}) {
            String value = field.equals("questionDeadline") ? day + "T17:00" : day;
            HttpResponse<String> refused = clerk().put("/api/meetings/" + meeting.id(),
                    "{\"" + field + "\":\"" + value + "\",\"deadlineOverrideReason\":\"The chair asked for it.\"}");
            assertThat(refused.statusCode()).as(field + ": " + refused.body()).isEqualTo(422);
            assertThat(json.readTree(refused.body()).path("errors").path(field).asText()).isEqualTo(OUTSIDE);
        }
        assertThat(meetings.get(meeting.id()).deadlines()).isEqualTo(meeting.deadlines());
    }

    @Test
    void theFirstAndLastDaysOfTheWindowMayBeGiven() throws Exception {
        for (String startsAt : new String[] {"2000-01-04T14:00", "2036-12-01T14:00"}) {
            HttpResponse<String> scheduled = clerk().post("/api/meetings", "{\"committee\":\"cyp\",\"startsAt\":\"" + startsAt + "\"}");
            assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
            assertThat(json.readTree(scheduled.body()).path("startsAt").asText()).isEqualTo(startsAt);
        }
    }

    @Test
    void theStaffFormSaysTheSameWindow() throws Exception {
        long before = repository.count();
        for (String year : new String[] {"1999", "2040", "0"}) {
            mvc.perform(post("/staff/meetings/new").with(user("clerk").authorities(() -> "democratic-services")).with(csrf())
                            .param("committee", "cyp").param("day", "16").param("month", "3").param("year", year)
                            .param("time", "2pm").param("venue", ""))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("The date of the meeting must be between 1 January 2000 and 1 December 2036")))
                    .andExpect(content().string(containsString("value=\"" + year + "\"")));
        }
        assertThat(repository.count()).isEqualTo(before);
    }
}
