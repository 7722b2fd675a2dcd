package org.scrutineer.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ScrutineerTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;

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
}
