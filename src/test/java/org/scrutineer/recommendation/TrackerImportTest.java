package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The reference council's spreadsheet, with its blank dates, anomalies and free-text responses, imported twice. */
@ScrutineerTest
class TrackerImportTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired RecommendationRepository recommendations;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void itIsSecondSeptember2024() {
        init(engine);
        clock.freezeAt(Instant.parse("2024-09-02T09:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private HttpResponse<String> upload(String user, String csv) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/recommendations/import"))
                .header("Authorization", "Basic " + token).header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String spreadsheet() throws Exception {
        try (var in = getClass().getResourceAsStream("/recommendations/cyp-tracker.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The row as this test imported it: other tests may have recorded a recommendation of the same topic and number. */
    private Recommendation row(String topic, String number) {
        return recommendations.findAll().stream().filter(r -> r.getTopic().equals(topic) && r.getNumber().equals(number))
                .max(java.util.Comparator.comparing(Recommendation::getId)).orElseThrow(() -> new AssertionError("no " + topic + " " + number));
    }

    private long runningProcesses() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("recommendation-response").count();
    }

    private String status(Recommendation r) throws Exception {
        return json.readTree(org.scrutineer.web.ApiClient.as(port, "clerk", "demo").get("/api/recommendations/" + r.getId()).body())
                .path("responseStatus").asText();
    }

    @Test
    void theSpreadsheetIsImportedOnceWithWarningsAndTheRowsAwaitingAResponseStartTheirProcess() throws Exception {
        long rowsBefore = recommendations.count();
        long processesBefore = runningProcesses();

        HttpResponse<String> first = upload("clerk", spreadsheet());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode answer = json.readTree(first.body());
        assertThat(answer.path("imported").asInt()).isEqualTo(11);
        List<String> warnings = json.convertValue(answer.path("warnings"), json.getTypeFactory().constructCollectionType(List.class, String.class));
        assertThat(warnings).anyMatch(w -> w.startsWith("Row 5 (Children missing education 4)") && w.contains("due date 2024-02-20 is before the date sent 2024-03-20"))
                .anyMatch(w -> w.startsWith("Row 7 (Foster carer recruitment 2)") && w.contains("due 2024-07-28"))
                .anyMatch(w -> w.startsWith("Row 8 (Foster carer recruitment 3)") && w.contains("'31-Jun-24' is not a real date"))
                .anyMatch(w -> w.startsWith("Row 10 (School transport 2)") && w.contains("Mayor's Office"))
                .anyMatch(w -> w.startsWith("Row 12 (School transport 4)") && w.contains("before the date sent"))
                .anyMatch(w -> w.startsWith("Row 14 (School transport 1)") && w.contains("repeats row 9"));
        assertThat(recommendations.count()).isEqualTo(rowsBefore + 11);

        Recommendation spreadsheetDates = row("Children missing education", "2");
        assertThat(spreadsheetDates.getDateSent()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(spreadsheetDates.getDueDate()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(row("Children missing education", "4").getMeetingDate()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(row("Children missing education", "4").getAddressee()).isEqualTo("officer");
        assertThat(row("Children missing education", "1").getAddressee()).isEqualTo("cabinet-member");
        assertThat(row("Children missing education", "3").getAddressee()).isEqualTo("committee");
        assertThat(row("Foster carer recruitment", "3").getAddressee()).isEqualTo("partner");
        Recommendation multiline = row("Foster carer recruitment", "1");
        assertThat(multiline.getResponse()).isEqualTo("Partially accepted: the fees review will happen,\nbut not before the 2025/26 budget is set.");
        assertThat(multiline.getDecision()).isEqualTo("partially-accepted");
        assertThat(multiline.getDateReceived()).isEqualTo(LocalDate.of(2024, 8, 2));
        assertThat(row("Children missing education", "4").getText()).contains("including \"off-rolling\"");

        assertThat(status(row("Children missing education", "1"))).isEqualTo("RESPONDED");
        assertThat(status(spreadsheetDates)).isEqualTo("OVERDUE");
        assertThat(status(row("School transport", "1"))).isEqualTo("AWAITING_RESPONSE");
        assertThat(status(row("School transport", "3"))).isEqualTo("RESPONDED");
        assertThat(row("School transport", "3").getDecision()).isEqualTo("accepted");
        assertThat(status(row("Foster carer recruitment", "3"))).isEqualTo("NOT_SENT");

        assertThat(runningProcesses()).isEqualTo(processesBefore + 5);
        for (String[] awaiting : new String[][] {{"Children missing education", "2"}, {"Children missing education", "4"},
                {"Foster carer recruitment", "2"}, {"School transport", "1"}, {"School transport", "2"}}) {
            Recommendation r = row(awaiting[0], awaiting[1]);
            ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(String.valueOf(r.getId())).singleResult();
            assertThat(pi).as(awaiting[0] + " " + awaiting[1]).isWaitingAt("recordExecutiveResponse").hasNotPassed("sendRecommendation");
        }
        ProcessInstance anomaly = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("recommendation-response").processInstanceBusinessKey(String.valueOf(row("Children missing education", "4").getId())).singleResult();
        assertThat(task(anomaly)).hasDueDate(Date.from(Instant.parse("2024-02-20T17:00:00Z")));
        ProcessInstance current = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("recommendation-response").processInstanceBusinessKey(String.valueOf(row("School transport", "1").getId())).singleResult();
        assertThat(task(current)).hasDueDate(Date.from(Instant.parse("2024-09-23T16:00:00Z")));
        for (String[] settled : new String[][] {{"Children missing education", "1"}, {"Children missing education", "3"},
                {"Foster carer recruitment", "3"}, {"School transport", "3"}}) {
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(String.valueOf(row(settled[0], settled[1]).getId()))
                    .count()).as(settled[0] + " " + settled[1]).isZero();
        }

        HttpResponse<String> second = upload("scrutiny-officer", spreadsheet());
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonNode again = json.readTree(second.body());
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(11);
        assertThat(recommendations.count()).isEqualTo(rowsBefore + 11);
        assertThat(runningProcesses()).isEqualTo(processesBefore + 5);
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAndOnlyRecordersMayImport() throws Exception {
        HttpResponse<String> wrong = upload("clerk", "date,what\n2024-01-01,Something\n");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("meeting_date");
        assertThat(upload("cabinet-member", spreadsheet()).statusCode()).isEqualTo(403);
    }
}
