package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** config/bank-holidays.json ends in 2028: a meeting whose dates fall later says its deadlines ignore bank holidays. */
@ScrutineerTest
class MeetingCalendarWarningTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode create(String startsAt) throws Exception {
        HttpResponse<String> response = ApiClient.as(port, "clerk", "demo").post("/api/meetings",
                "{\"committee\":\"cyp\",\"startsAt\":\"" + startsAt + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user("clerk").authorities(() -> "democratic-services")))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void aMeetingIn2029SaysItsDeadlinesWereWorkedOutWithoutBankHolidays() throws Exception {
        JsonNode meeting = create("2029-03-20T14:00");

        assertThat(meeting.path("calendarWarning").asText())
                .isEqualTo("Bank holidays for 2029 are not in the calendar yet, so dates in 2029 were worked out without them and may"
                        + " fall on a bank holiday. Check them by hand, and ask an administrator to add 2029 to config/bank-holidays.json.");
        JsonNode read = json.readTree(ApiClient.as(port, "member", "demo").get("/api/meetings/" + meeting.path("id").asLong()).body());
        assertThat(read.path("calendarWarning").asText()).contains("2029");
    }

    @Test
    void aMeetingIn2027HasNoCalendarWarning() throws Exception {
        JsonNode meeting = create("2027-03-16T14:00");

        assertThat(meeting.has("calendarWarning")).isFalse();
        assertThat(page("/staff/meetings/" + meeting.path("id").asLong()).select(".govuk-warning-text")).isEmpty();
    }

    @Test
    void aMeetingEarlyIn2029WarnsThatItsAgendaFallsOnADayTheCalendarCannotKnowIsNewYearsDay() throws Exception {
        JsonNode meeting = create("2029-01-09T14:00");

        assertThat(meeting.path("reportDeadline").asText()).isEqualTo("2028-12-28");
        assertThat(meeting.path("agendaPublicationDate").asText()).isEqualTo("2029-01-01");
        assertThat(meeting.path("calendarWarning").asText()).contains("Bank holidays for 2029");
    }

    @Test
    void theStaffMeetingPagesAndTheDashboardShowTheWarning() throws Exception {
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2029-06-12T14:00"), null);

        assertThat(page("/staff/meetings/" + meeting.id()).select(".govuk-warning-text").text())
                .contains("Warning", "Bank holidays for 2029 are not in the calendar yet");
        assertThat(page("/staff/meetings").select(".govuk-warning-text").text()).contains("2029", "are not in the calendar yet");
        assertThat(page("/staff").select(".govuk-warning-text").text()).contains("2029", "are not in the calendar yet");
    }
}
