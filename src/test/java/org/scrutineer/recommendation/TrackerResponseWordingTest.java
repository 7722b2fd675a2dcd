package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The words the reference council's tracker answers in, imported into the right decision with the words kept. */
@ScrutineerTest
class TrackerResponseWordingTest {

    @LocalServerPort int port;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void itIsSecondSeptember2024() {
        clock.freezeAt(Instant.parse("2024-09-02T09:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private HttpResponse<String> upload(String csv) {
        return ApiClient.as(port, "clerk", "demo").post("/api/recommendations/import", "text/csv", HttpRequest.BodyPublishers.ofString(csv));
    }

    private Map<String, JsonNode> byNumber(String topic) throws Exception {
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode r : json.readTree(ApiClient.as(port, "member", "demo").get("/api/recommendations").body())) {
            if (r.path("topic").asText().equals(topic)) {
                rows.put(r.path("number").asText(), r);
            }
        }
        return rows;
    }

    @Test
    void notedAcceptedInPartResolvedAndCabinetAcknowledgedAreReadIntoTheirDecisionsAndTheWordsAreKept() throws Exception {
        String topic = "Early help " + UUID.randomUUID();
        String csv = "meeting_date,topic,rec_no,recommendation,addressee,date_sent,due_date,date_received,response\n"
                + "2024-03-12," + topic + ",1,That the early help offer is published.,Executive,2024-03-20,2024-05-20,2024-05-15,Noted\n"
                + "2024-03-12," + topic + ",2,That early help has a named lead.,Cabinet,2024-03-20,2024-05-20,2024-05-15,"
                + "\"Accepted in part: the lead is named, the new post is not funded.\"\n"
                + "2024-03-12," + topic + ",3,That the council adopts the early help strategy.,Full Council,2024-03-20,2024-05-20,2024-05-16,Resolved\n"
                + "2024-03-12," + topic + ",4,That early help waiting times are reported.,Executive,2024-03-20,2024-05-20,2024-05-17,"
                + "Cabinet acknowledged the committee's concerns about waiting times.\n"
                + "2024-03-12," + topic + ",5,That the old offer is withdrawn.,Executive,2024-03-20,2024-05-20,2024-05-17,Not accepted\n"
                + "2024-03-12," + topic + ",6,That families are asked what helps.,Executive,2024-03-20,2024-05-20,2024-05-17,Agreed.\n";

        HttpResponse<String> answer = upload(csv);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json.readTree(answer.body()).path("imported").asInt()).isEqualTo(6);

        Map<String, JsonNode> rows = byNumber(topic);
        assertThat(rows.get("1").path("decision").asText()).isEqualTo("noted");
        assertThat(rows.get("1").path("responseWording").asText()).isEqualTo("Noted");
        assertThat(rows.get("2").path("decision").asText()).isEqualTo("partially-accepted");
        assertThat(rows.get("2").path("responseWording").asText()).isEqualTo("Accepted in part");
        assertThat(rows.get("2").path("response").asText()).isEqualTo("Accepted in part: the lead is named, the new post is not funded.");
        assertThat(rows.get("3").path("decision").asText()).isEqualTo("accepted");
        assertThat(rows.get("3").path("responseWording").asText()).isEqualTo("Resolved");
        assertThat(rows.get("4").path("decision").asText()).isEqualTo("noted");
        assertThat(rows.get("4").path("responseWording").asText()).isEqualTo("Cabinet acknowledged");
        assertThat(rows.get("4").path("response").asText()).isEqualTo("Cabinet acknowledged the committee's concerns about waiting times.");
        assertThat(rows.get("5").path("decision").asText()).isEqualTo("not-accepted");
        assertThat(rows.get("6").path("decision").asText()).isEqualTo("accepted");
        assertThat(rows.get("6").path("responseWording").asText()).isEqualTo("Agreed");
        rows.values().forEach(r -> assertThat(r.path("responseStatus").asText()).as(r.toString()).isEqualTo("RESPONDED"));

        String page = ApiClient.anonymous(port).get("/recommendations").body();
        assertThat(page).contains("Response received on 15 May 2024: noted.").doesNotContain("Noted. </strong><span>Noted");
    }

    @Test
    void aDecisionColumnAndWhoRespondedAreReadWhenTheFileHasThem() throws Exception {
        String topic = "Youth justice " + UUID.randomUUID();
        String csv = "meeting_date,topic,rec_no,recommendation,addressee,date_sent,due_date,date_received,response,decision,responded_by\n"
                + "2024-03-12," + topic + ",1,That the youth justice plan is shared.,Safeguarding partnership,2024-03-20,2024-05-20,2024-05-15,"
                + "The plan will be shared at the next board.,Noted,Safeguarding partnership\n"
                + "2024-03-12," + topic + ",2,That the plan is costed.,Executive,2024-03-20,2024-05-20,2024-05-15,"
                + "The costs are in the budget.,partially-accepted,Cllr Jo Brown\n";
        HttpResponse<String> answer = upload(csv);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

        Map<String, JsonNode> rows = byNumber(topic);
        assertThat(rows.get("1").path("decision").asText()).isEqualTo("noted");
        assertThat(rows.get("1").path("responseWording").asText()).isEqualTo("Noted");
        assertThat(rows.get("1").path("respondedBy").asText()).isEqualTo("Safeguarding partnership");
        assertThat(rows.get("2").path("decision").asText()).isEqualTo("partially-accepted");
        assertThat(rows.get("2").path("respondedBy").asText()).isEqualTo("Cllr Jo Brown");
    }
}
