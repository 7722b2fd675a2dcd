package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@ScrutineerTest
class ReportApiTest {

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;
    @Autowired ObjectMapper json;
    @Autowired ReportRepository reports;
    @Autowired SignOffSteps steps;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        meeting = ReportFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String body(String title) {
        return """
                {"meetingId": %d, "title": "%s", "reportBy": "Director of Children's Services",
                 "classification": "open", "decisionType": "key", "wards": ["Northgate", "Southmead"],
                 "implications": {"resource": true, "legal": false, "procurement": false, "equality": true, "risk": false}}
                """.formatted(meeting.id(), title);
    }

    private long register(String title) throws Exception {
        HttpResponse<String> created = ApiClient.as(port, "author", "demo").post("/api/reports", body(title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private JsonNode get(long id) throws Exception {
        HttpResponse<String> got = ApiClient.as(port, "clerk", "demo").get("/api/reports/" + id);
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        return json.readTree(got.body());
    }

    @Test
    void anAuthorRegistersAReportAndAnyStaffMemberReadsIt() throws Exception {
        long id = register("School place planning 2027");

        JsonNode report = get(id);
        assertThat(report.get("title").asText()).isEqualTo("School place planning 2027");
        assertThat(report.get("meetingId").asLong()).isEqualTo(meeting.id());
        assertThat(report.get("author").asText()).isEqualTo("author");
        assertThat(report.get("status").asText()).isEqualTo("choosing-reviewers");
        assertThat(report.get("wards")).extracting(JsonNode::asText).containsExactly("Northgate", "Southmead");
        assertThat(report.get("implications").get("resource").asBoolean()).isTrue();
        assertThat(report.get("implications").get("legal").asBoolean()).isFalse();
        assertThat(report.has("signOffs")).isTrue();
        assertThat(report.get("approvedBy").isNull()).isTrue();
        assertThat(report.get("approvedOn").isNull()).isTrue();
    }

    @Test
    void onlyReportAuthorsMayRegisterReports() {
        assertThat(ApiClient.as(port, "reviewer-finance", "demo").post("/api/reports", body("Not mine")).statusCode()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).post("/api/reports", body("Nobody's")).statusCode()).isEqualTo(401);
    }

    @Test
    void aReportWithMissingOrWrongAttributesIsRefusedWithEachReason() throws Exception {
        HttpResponse<String> refused = ApiClient.as(port, "author", "demo").post("/api/reports", """
                {"meetingId": %d, "title": " ", "reportBy": "Someone", "classification": "exempt",
                 "decisionType": "urgent", "wards": []}
                """.formatted(meeting.id()));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(refused.body()).get("errors");
        assertThat(errors.get("title").asText()).isEqualTo("Enter the report's title");
        assertThat(errors.get("exemptParagraph").asText()).contains("Schedule 12A");
        assertThat(errors.get("decisionType").asText()).contains("key, non-key or for-information");
        assertThat(errors.get("wards").asText()).contains("wards affected");

        HttpResponse<String> noMeeting = ApiClient.as(port, "author", "demo").post("/api/reports",
                body("Lost").replace("\"meetingId\": " + meeting.id(), "\"meetingId\": 999999"));
        assertThat(noMeeting.statusCode()).isEqualTo(422);
    }

    @Test
    void pdfAndWordVersionsAreRecognisedByTheirContentAndNumbered() throws Exception {
        long id = register("Children's centres");

        HttpResponse<String> first = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author",
                "draft.bin", "application/octet-stream", ReportFixtures.pdf("first draft"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json.readTree(first.body()).get("mediaType").asText()).isEqualTo("application/pdf");

        HttpResponse<String> second = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author",
                "second.docx", "application/octet-stream", ReportFixtures.docx("second draft"));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(json.readTree(second.body()).get("number").asInt()).isEqualTo(2);

        JsonNode versions = get(id).get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("mediaType").asText()).isEqualTo(DocumentType.DOCX.mediaType());
        assertThat(versions.get(1).get("uploadedBy").asText()).isEqualTo("author");

        HttpResponse<String> download = ApiClient.as(port, "clerk", "demo").get("/api/reports/" + id + "/versions/1");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF-").contains("first draft");
    }

    @Test
    void aFileThatIsNotAPdfOrWordDocumentIsRefusedWhateverItsNameOrClaimedType() throws Exception {
        long id = register("Youth services");

        HttpResponse<String> html = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author",
                "report.pdf", "application/pdf", "<html><body>not a pdf</body></html>".getBytes());
        assertThat(html.statusCode()).isEqualTo(415);
        assertThat(json.readTree(html.body()).get("error").asText()).isEqualTo("The document must be a PDF or a Word document (.docx).");

        HttpResponse<String> otherZip = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author",
                "report.docx", DocumentType.DOCX.mediaType(), ReportFixtures.zip("xl/workbook.xml", "<workbook/>"));
        assertThat(otherZip.statusCode()).isEqualTo(415);

        assertThat(get(id).get("versions")).isEmpty();
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedAndOneAtTheLimitIsTaken() throws Exception {
        long id = register("Annual report");
        int limit = 20 * 1024 * 1024;
        byte[] tooBig = Arrays.copyOf(ReportFixtures.pdf("big"), limit + 1);

        HttpResponse<String> refused = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author",
                "big.pdf", "application/pdf", tooBig);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json.readTree(refused.body()).get("error").asText()).isEqualTo("The document must be smaller than 20 MB.");

        HttpResponse<String> taken = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author",
                "big.pdf", "application/pdf", Arrays.copyOf(tooBig, limit));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        assertThat(get(id).get("versions")).singleElement().satisfies(v -> assertThat(v.get("size").asLong()).isEqualTo(limit));
    }

    @Test
    void aWordDocumentThatWouldUnpackPastTheLimitIsRefusedQuicklyAndNothingIsStored() throws Exception {
        long id = register("Unpacks to 200 MB");
        byte[] bomb = ReportFixtures.zipBomb(200L * 1024 * 1024);
        assertThat(bomb.length).as("a few hundred KB").isLessThan(1024 * 1024);

        long started = System.nanoTime();
        HttpResponse<String> refused = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author",
                "report.docx", DocumentType.DOCX.mediaType(), bomb);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json.readTree(refused.body()).get("errors").get("file").asText())
                .isEqualTo("The Word document would be larger than 100 MB once opened, which no report needs. "
                        + "Check it is the right file, or save it as a PDF and upload that");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(get(id).get("versions")).isEmpty();
    }

    @Test
    void aWordDocumentOfTooManyPartsIsRefusedAndOneWithinTheLimitIsTaken() throws Exception {
        long id = register("Many parts");
        HttpResponse<String> refused = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author",
                "report.docx", DocumentType.DOCX.mediaType(), ReportFixtures.docxOfParts(1001));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json.readTree(refused.body()).get("error").asText()).startsWith("The Word document holds more than 1000 parts, which no report needs.");
        assertThat(get(id).get("versions")).isEmpty();

        HttpResponse<String> taken = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author",
                "report.docx", DocumentType.DOCX.mediaType(), ReportFixtures.docxOfParts(1000));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    }

    @Test
    void anUploadSentInChunksIsHeldToTheUploadLimit() throws Exception {
        long id = register("Streamed");

        long started = System.nanoTime();
        HttpResponse<String> refused = MultipartUpload.postChunked(port, "/api/reports/" + id + "/versions", "author",
                "streamed.pdf", 40L * 1024 * 1024);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json.readTree(refused.body()).get("error").asText()).isEqualTo("The document must be smaller than 20 MB.");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(get(id).get("versions")).isEmpty();

        HttpResponse<String> taken = MultipartUpload.postChunked(port, "/api/reports/" + id + "/versions", "author", "streamed.pdf", 1024);
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    }

    @Test
    void aDocumentNamedOutsideLatin1DownloadsAsAnAttachmentUnderItsOwnName() throws Exception {
        long id = register("Welsh and Chinese names");
        for (String name : List.of("Adroddiad – Ŵyl.pdf", "报告.pdf")) {
            HttpResponse<String> uploaded = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author",
                    name, "application/pdf", ReportFixtures.pdf("named " + name));
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        }
        assertThat(get(id).get("versions")).extracting(v -> v.get("fileName").asText()).containsExactly("Adroddiad – Ŵyl.pdf", "报告.pdf");

        HttpResponse<String> welsh = ApiClient.as(port, "clerk", "demo").get("/api/reports/" + id + "/versions/1");
        String disposition = welsh.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''Adroddiad%20%E2%80%93%20%C5%B4yl.pdf");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("Adroddiad – Ŵyl.pdf");
        assertThat(welsh.body()).startsWith("%PDF-").contains("named Adroddiad");

        HttpResponse<String> chinese = ApiClient.as(port, "clerk", "demo").get("/api/reports/" + id + "/versions/2");
        assertThat(chinese.headers().firstValue("Content-Disposition")).get().asString()
                .startsWith("attachment;").contains("filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf");
        assertThat(chinese.body()).isEqualTo(new String(ReportFixtures.pdf("named 报告.pdf"), StandardCharsets.US_ASCII));

        HttpResponse<String> plain = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author",
                "report.pdf", "application/pdf", ReportFixtures.pdf("plain"));
        assertThat(plain.statusCode()).isEqualTo(201);
        assertThat(ApiClient.as(port, "clerk", "demo").get("/api/reports/" + id + "/versions/3").headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"report.pdf\"");
    }

    @Test
    void theApprovedDocumentCannotBeReplaced() throws Exception {
        long id = register("Approved and locked");
        MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author", "v1.pdf", "application/pdf", ReportFixtures.pdf("approved text"));
        Report report = reports.findById(id).orElseThrow();
        steps.chooseReviewers(report, java.util.List.of("governance"));
        steps.review(report, "governance", "reviewer-governance");
        steps.approve(report, "director");

        HttpResponse<String> refused = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "author",
                "v2.pdf", "application/pdf", ReportFixtures.pdf("unreviewed text"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refused.body()).get("error").asText()).startsWith("The report has been approved");
        assertThat(get(id).get("versions")).hasSize(1);
        assertThat(get(id).get("approvedBy").asText()).isEqualTo("Dee Director");
        assertThat(get(id).get("signOffs")).singleElement().satisfies(s -> {
            assertThat(s.get("role").asText()).isEqualTo("governance");
            assertThat(s.get("name").asText()).isEqualTo("Gita Governance");
            assertThat(s.get("date").asText()).isEqualTo("2027-03-01");
        });
    }

    @Test
    void democraticServicesSetTheAgendaOrder() throws Exception {
        long id = register("Ordered");
        HttpResponse<String> placed = ApiClient.as(port, "clerk", "demo").put("/api/reports/" + id + "/agenda-item", "{\"agendaItem\": 2}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        assertThat(get(id).get("agendaItem").asInt()).isEqualTo(2);
        assertThat(ApiClient.as(port, "clerk", "demo").put("/api/reports/" + id + "/agenda-item", "{\"agendaItem\": 0}").statusCode()).isEqualTo(400);
        assertThat(ApiClient.as(port, "author", "demo").put("/api/reports/" + id + "/agenda-item", "{\"agendaItem\": 1}").statusCode()).isEqualTo(403);
    }

    @Test
    void onlyReportAuthorsMayUploadVersions() throws Exception {
        long id = register("Fostering");
        HttpResponse<String> refused = MultipartUpload.post(port, "/api/reports/" + id + "/versions", "reviewer-legal",
                "x.pdf", "application/pdf", ReportFixtures.pdf("x"));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownReportIsNotFound() {
        assertThat(ApiClient.as(port, "clerk", "demo").get("/api/reports/987654").statusCode()).isEqualTo(404);
    }
}
