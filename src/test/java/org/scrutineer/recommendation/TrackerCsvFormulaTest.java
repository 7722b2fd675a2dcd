package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.ApiClient;
import org.scrutineer.web.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Recommendation text that a spreadsheet would run as a formula leaves the tracker's CSV export
 * neutralised with a leading apostrophe, and comes back from the import, into a fresh part of the
 * tracker, exactly as it was.
 */
@ScrutineerTest
class TrackerCsvFormulaTest {

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3",
            "'tis the season: an apostrophe of the council's own");

    @LocalServerPort int port;
    @Autowired RecommendationIntake intake;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        meeting = RecommendationFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Map<String, String> textsByNumber(String topic) throws Exception {
        JsonNode all = json.readTree(ApiClient.as(port, "member", "demo").get("/api/recommendations").body());
        return java.util.stream.StreamSupport.stream(all.spliterator(), false).filter(r -> r.path("topic").asText().equals(topic))
                .collect(Collectors.toMap(r -> r.path("number").asText(), r -> r.path("text").asText()));
    }

    private HttpResponse<String> upload(String csv) {
        return ApiClient.as(port, "clerk", "demo").post("/api/recommendations/import", "text/csv", HttpRequest.BodyPublishers.ofString(csv));
    }

    @Test
    void cellsThatBeginLikeAFormulaAreNeutralised() {
        assertThat(CsvRows.field("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvRows.field("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvRows.field("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
        assertThat(CsvRows.field("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvRows.field("\tcalc")).isEqualTo("'\tcalc");
        assertThat(CsvRows.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(CsvRows.field("That 2-3 = -1")).isEqualTo("That 2-3 = -1");
        assertThat(CsvRows.field("2024-05-28")).isEqualTo("2024-05-28");
    }

    @Test
    void theExportNeutralisesFormulasAndImportingItGivesBackTheTextExactly() throws Exception {
        String topic = "Formulas " + UUID.randomUUID();
        for (int i = 0; i < FORMULAS.size(); i++) {
            intake.record(new RecommendationSubmission(meeting.id(), topic, String.valueOf(i + 1), FORMULAS.get(i), "executive", "general", null));
        }

        String csv = StaffSession.signIn(port, "member", "demo").get("/staff/recommendations/export.csv").body();
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", ",'+cmd|' /C calc'!A0,", ",'@SUM(1+1),", ",'-2+3,",
                ",''tis the season");
        List<String> lines = List.of(csv.split("\r\n"));
        List<String> ours = lines.stream().filter(line -> line.contains(topic)).toList();
        assertThat(ours).hasSize(FORMULAS.size());
        for (String line : ours) {
            for (String cell : line.split(",", -1)) {
                assertThat(cell).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("-")
                        .doesNotStartWith("\"=").doesNotStartWith("\"+").doesNotStartWith("\"@").doesNotStartWith("\"-");
            }
        }

        String freshTopic = "Imported " + topic;
        String export = lines.get(0) + "\r\n" + String.join("\r\n", ours).replace(topic, freshTopic) + "\r\n";
        HttpResponse<String> fresh = upload(export);
        assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(200);
        assertThat(json.readTree(fresh.body()).path("imported").asInt()).isEqualTo(FORMULAS.size());
        Map<String, String> imported = textsByNumber(freshTopic);
        assertThat(imported).hasSize(FORMULAS.size());
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertThat(imported.get(String.valueOf(i + 1))).isEqualTo(FORMULAS.get(i));
        }
    }
}
