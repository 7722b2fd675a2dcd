package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every JSON request body binds to a record of its own: a field the record does not have is refused
 * with 400 and its name, and a value of the wrong kind names its field, never a Java class.
 */
@ScrutineerTest
class RequestBodiesTest {

    @LocalServerPort int port;

    private final ObjectMapper json = new ObjectMapper();

    private String error(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("java.", "Exception", "com.fasterxml");
        return json.readTree(answer.body()).path("error").asText();
    }

    @Test
    void aFieldTheBodyDoesNotHaveIsRefusedByName() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        assertThat(error(clerk.post("/api/meetings", "{\"committee\":\"cyp\",\"startsAt\":\"2027-05-18T14:00\",\"colour\":\"red\"}")))
                .isEqualTo("'colour' is not part of this request. Send only committee, startsAt, venue");
        assertThat(error(clerk.put("/api/reports/1/agenda-item", "{\"agendaItem\":2,\"position\":\"first\"}")))
                .startsWith("'position' is not part of this request. Send only agendaItem");
        assertThat(error(ApiClient.as(port, "iro", "demo").post("/api/disputes/1/cafcass-referral", "{\"referredOn\":\"2027-03-01\",\"by\":\"x\"}")))
                .startsWith("'by' is not part of this request");
    }

    @Test
    void aValueOfTheWrongKindNamesItsField() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        assertThat(error(clerk.post("/api/meetings", "{\"committee\":\"cyp\",\"startsAt\":\"18 May 2027\"}")))
                .isEqualTo("'startsAt' must be a date and time as YYYY-MM-DDTHH:MM, for example 2025-03-18T14:00");
        assertThat(error(ApiClient.as(port, "iro", "demo").post("/api/disputes/1/cafcass-referral", "{\"referredOn\":\"20 March 2027\"}")))
                .isEqualTo("'referredOn' must be a date as YYYY-MM-DD, for example 2025-03-23");
    }

    @Test
    void aDisputeNamesEveryFieldItDoesNotKnowAmongItsOtherMistakes() throws Exception {
        HttpResponse<String> answer = ApiClient.as(port, "iro", "demo").post("/api/disputes",
                "{\"caseReference\":\"CYP-104233\",\"category\":\"other\",\"stage\":\"informal\",\"notifiedOn\":\"2027-02-30\","
                        + "\"description\":\"Plan drift.\",\"urgency\":\"high\",\"surname\":\"Example\"}");
        error(answer);
        JsonNode errors = json.readTree(answer.body()).path("errors");
        assertThat(errors.path("urgency").asText()).startsWith("'urgency' is not part of a dispute. Send only caseReference, category,");
        assertThat(errors.path("surname").asText()).contains("never records a child's name");
        assertThat(errors.path("notifiedOn").asText()).isEqualTo("'notifiedOn' must be a date as YYYY-MM-DD");
    }
}
