package org.scrutineer.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.StatusAggregator;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bank holidays file ends in 2028. From six months before that year ends, /actuator/health says
 * so; every calendar answer that counts in a year the file does not cover says so too.
 */
@ScrutineerTest
class CalendarCoverageTest {

    @LocalServerPort int port;
    @Autowired AppClock clock;
    @Autowired StatusAggregator statusAggregator;
    @Autowired HttpCodeStatusMapper httpCodes;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private HttpResponse<String> health(ApiClient client, String path) {
        return client.get(path);
    }

    @Test
    void healthWarnsFromSixMonthsBeforeTheLastYearOfBankHolidaysEnds() throws Exception {
        clock.freezeAt(Instant.parse("2028-06-30T12:00:00Z"));
        JsonNode before = json.readTree(health(ApiClient.anonymous(port), "/actuator/health/calendar").body());
        assertThat(before.path("status").asText()).isEqualTo("UP");

        clock.freezeAt(Instant.parse("2028-07-15T12:00:00Z"));
        HttpResponse<String> warned = health(ApiClient.anonymous(port), "/actuator/health/calendar");
        assertThat(warned.statusCode()).as("a warning, not a failure").isEqualTo(200);
        JsonNode calendar = json.readTree(warned.body());
        assertThat(calendar.path("status").asText()).isEqualTo("WARNING");
        assertThat(calendar.path("description").asText()).isEqualTo("Bank holidays are known only until 31 December 2028."
                + " Add 2029 and later years from https://www.gov.uk/bank-holidays.json to config/bank-holidays.json and restart.");

        JsonNode whole = json.readTree(health(ApiClient.anonymous(port), "/actuator/health").body());
        assertThat(whole.path("components").path("calendar").path("status").asText()).isEqualTo("WARNING");

        JsonNode details = json.readTree(health(ApiClient.as(port, "demo", "demo"), "/actuator/health/calendar").body());
        assertThat(details.path("details").path("bankHolidaysUntil").asText()).isEqualTo("2028-12-31");
        assertThat(details.path("details").path("warnsFrom").asText()).isEqualTo("2028-07-01");
    }

    @Test
    void onceTheLastYearHasEndedTheWarningSaysDeadlinesIgnoreBankHolidays() throws Exception {
        clock.freezeAt(Instant.parse("2029-01-02T12:00:00Z"));
        JsonNode calendar = json.readTree(health(ApiClient.anonymous(port), "/actuator/health/calendar").body());
        assertThat(calendar.path("status").asText()).isEqualTo("WARNING");
        assertThat(calendar.path("description").asText()).contains("which has passed: deadlines from then on ignore bank holidays");
    }

    @Test
    void aWarningRanksBelowAFailureAndAboveHealthAndStillAnswers200() {
        Status warning = new Status("WARNING");
        assertThat(statusAggregator.getAggregateStatus(Status.UP, warning)).isEqualTo(warning);
        assertThat(statusAggregator.getAggregateStatus(Status.DOWN, warning)).isEqualTo(Status.DOWN);
        assertThat(httpCodes.getStatusCode(warning)).isEqualTo(200);
    }

    @Test
    void theWarningPeriodIsASetting() {
        Clock midAugust2028 = Clock.fixed(Instant.parse("2028-08-15T12:00:00Z"), ZoneOffset.UTC);
        CalendarCoverage threeMonths = new CalendarCoverage(TestCalendars.englandAndWales(), midAugust2028, Period.ofMonths(3), new DateWords());

        assertThat(threeMonths.warnFrom()).contains(LocalDate.of(2028, 10, 1));
        assertThat(threeMonths.runningOut()).isEmpty();
        assertThat(new CalendarCoverage(TestCalendars.englandAndWales(), midAugust2028, Period.ofMonths(6), new DateWords()).runningOut())
                .isPresent();
    }

    @Test
    void theCalendarApiSaysWhenItCountedInAYearWithoutBankHolidays() throws Exception {
        JsonNode across = json.readTree(ApiClient.anonymous(port).get("/api/calendar/working-days/add?from=2028-12-20&days=10").body());
        assertThat(across.path("date").asText()).isEqualTo("2029-01-05");
        assertThat(across.path("calendarWarning").asText()).contains("Bank holidays for 2029 are not in the calendar yet");

        JsonNode covered = json.readTree(ApiClient.anonymous(port).get("/api/calendar/working-days/add?from=2027-03-01&days=5").body());
        assertThat(covered.has("calendarWarning")).isFalse();

        JsonNode newYear = json.readTree(ApiClient.anonymous(port).get("/api/calendar/working-days/check?date=2029-01-01").body());
        assertThat(newYear.path("calendarWarning").asText()).contains("2029");
    }
}
