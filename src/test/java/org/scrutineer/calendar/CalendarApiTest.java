package org.scrutineer.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@ScrutineerTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{1} working days from {0} is {2}")
    @CsvSource({
            "2025-03-18, -4, 2025-03-12",
            "2025-03-14, 1, 2025-03-17",
            "2025-04-17, 1, 2025-04-22",
            "2022-06-01, 1, 2022-06-06",
            "2025-03-15, 0, 2025-03-15",
    })
    void addsWorkingDaysForAnyone(String from, int days, String expected) throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", from).param("days", String.valueOf(days)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(expected));
    }

    @Test
    void saysWhetherADayIsAWorkingDay() throws Exception {
        mvc.perform(get("/api/calendar/working-days/check").param("date", "2025-04-18"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDay").value(false));
    }

    @Test
    void explainsABadRequest() throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", "18/03/2025").param("days", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("from")));
        mvc.perform(get("/api/calendar/working-days/add").param("from", "2025-03-18"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("days")));
        mvc.perform(get("/api/calendar/working-days/add").param("from", "2025-03-18").param("days", "99999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("between")));
    }

    @ParameterizedTest(name = "{0} is refused in plain words")
    @CsvSource(delimiter = '|', value = {
            "/api/calendar/working-days/add?from=-999999999-01-01&days=-1 | Give a date between 1900 and 2199",
            "/api/calendar/working-days/add?from=%2B999999999-12-31&days=1 | Give a date between 1900 and 2199",
            "/api/calendar/working-days/check?date=%2B999999999-12-31 | Give a date between 1900 and 2199",
            "/api/calendar/working-days/check?date=+999999999-12-31 | 'date' must be a date as YYYY-MM-DD, for example 2025-03-23",
            "/api/calendar/working-days/check?date=1899-12-31 | Give a date between 1900 and 2199",
            "/api/calendar/working-days/add?from=1900-01-01&days=-1 | Give a date between 1900 and 2199",
            "/api/calendar/working-days/add?from=2199-12-30&days=3 | Give a date between 1900 and 2199",
            "/api/calendar/working-days/add?from=2025-03-18&days=-2147483648 | days must be between -3660 and 3660",
            "/api/calendar/working-days/add?from=2025-03-18&days=99999999999 | 'days' must be a whole number",
            "/api/calendar/working-days/add?from=2025-02-30&days=1 | 'from' must be a date as YYYY-MM-DD, for example 2025-03-23",
            "/api/calendar/working-days/add?days=1 | Give 'from'",
    })
    void aDateOutsideTheCalendarOrAValueOfTheWrongKindIsRefusedWith400InPlainWords(String path, String reason) throws Exception {
        HttpResponse<String> refused = ApiClient.anonymous(port).get(path);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("error").asText()).isEqualTo(reason);
        assertThat(refused.body()).doesNotContain("java.", "Exception", "LocalDate");
    }

    @Test
    void theFirstAndLastDaysOfTheCalendarStillCount() throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", "1900-01-02").param("days", "-1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date").value("1900-01-01"));
        mvc.perform(get("/api/calendar/working-days/check").param("date", "2199-12-31"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.workingDay").value(true));
    }
}
