package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A value a controller cannot use, wherever it is asked for, gets a 4xx in plain English: never a
 * 500, and never the framework's or Java's own words.
 */
@ScrutineerTest
class PlainReasonsTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;

    @Test
    void theApiAnswersDatesAtTheEdgesOfTimeAndValuesOfTheWrongKindPlainly() {
        for (String asOf : new String[] {"-999999999-01-01", "%2B999999999-12-31", "tomorrow"}) {
            HttpResponse<String> answer = ApiClient.as(port, "member", "demo").get("/api/recommendations?asOf=" + asOf);
            assertThat(answer.statusCode()).as(asOf).isLessThan(500);
            assertThat(answer.body()).as(asOf).doesNotContain("java.", "Exception");
        }
        assertThat(ApiClient.as(port, "member", "demo").get("/api/recommendations?asOf=tomorrow").body())
                .isEqualTo("{\"type\":\"urn:scrutineer:problem:invalid-request\",\"status\":400,"
                        + "\"error\":\"'asOf' must be a date as YYYY-MM-DD, for example 2025-03-23\"}");
    }

    @Test
    void aPageAskedForWithAValueOfTheWrongKindSaysWhatToGive() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/staff/recommendations").param("asOf", "tomorrow")
                .with(user("member").authorities(() -> "committee-members"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("There is a problem with what was asked for",
                "&#39;asOf&#39; must be a date as YYYY-MM-DD, for example 2025-03-23").doesNotContain("java.", "Exception");

        for (String asOf : new String[] {"-999999999-01-01", "+999999999-12-31"}) {
            MockHttpServletResponse edge = mvc.perform(get("/staff/recommendations").param("asOf", asOf)
                    .with(user("member").authorities(() -> "committee-members"))).andReturn().getResponse();
            assertThat(edge.getStatus()).as(asOf).isLessThan(500);
            assertThat(edge.getContentAsString()).as(asOf).doesNotContain("java.", "Exception");
        }
    }
}
