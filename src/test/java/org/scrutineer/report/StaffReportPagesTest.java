package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The staff pages: an author registers a report and uploads versions; anyone signed in sees its sign-off record. */
@ScrutineerTest
class StaffReportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;
    @Autowired ReportRepository reports;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired SignOffSteps steps;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        meeting = ReportFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static UserRequestPostProcessor author() {
        return user("author").authorities(() -> "report-authors");
    }

    private static UserRequestPostProcessor as(String name, String group) {
        return user(name).authorities(() -> group);
    }

    @Test
    void anAuthorRegistersAReportKeepingWhatTheyTypedWhenSomethingIsMissing() throws Exception {
        MvcResult refused = mvc.perform(post("/staff/reports/new").with(author()).with(csrf())
                .param("meetingId", String.valueOf(meeting.id())).param("title", "Short breaks for disabled children")
                .param("reportBy", "").param("classification", "exempt").param("decisionType", "key")
                .param("wards", "Northgate").param("legal", "true")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        String page = refused.getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Enter who the report is by", "Schedule 12A (1 to 7)",
                "value=\"Short breaks for disabled children\"", "Northgate");
        assertThat(page).containsPattern("id=\"legal\"[^>]*checked");

        MvcResult created = mvc.perform(post("/staff/reports/new").with(author()).with(csrf())
                .param("meetingId", String.valueOf(meeting.id())).param("title", "Short breaks for disabled children")
                .param("reportBy", "Director of Children's Services").param("classification", "open").param("decisionType", "key")
                .param("wards", "Northgate\nSouthmead").param("legal", "true").param("equality", "true")).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/staff/reports/\\d+");
        Report report = reports.findById(Long.valueOf(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
        assertThat(report.getAuthor()).isEqualTo("author");
        assertThat(report.getWardList()).containsExactly("Northgate", "Southmead");
        assertThat(report.isLegalImplications()).isTrue();
        assertThat(report.isEqualityImplications()).isTrue();
        assertThat(report.isResourceImplications()).isFalse();
    }

    @Test
    void aWordDocumentThatWouldUnpackPastTheLimitIsExplainedOnTheReportPage() throws Exception {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Placement sufficiency", ReportFixtures.flags(false, false, false, false, false)), "author");
        MockMultipartFile bomb = new MockMultipartFile("file", "sufficiency.docx", DocumentType.DOCX.mediaType(),
                ReportFixtures.zipBomb(200L * 1024 * 1024));

        MvcResult refused = mvc.perform(multipart("/staff/reports/" + report.getId() + "/versions").file(bomb).with(author()).with(csrf())).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("There is a problem",
                "The Word document would be larger than 100 MB once opened", "Placement sufficiency");
        assertThat(reports.findById(report.getId()).orElseThrow().getVersions()).isEmpty();
    }

    @Test
    void aVersionNamedOutsideLatin1DownloadsAsAnAttachmentUnderItsOwnName() throws Exception {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Gŵyl", ReportFixtures.flags(false, false, false, false, false)), "author");
        documents.upload(report.getId(), "Adroddiad – Ŵyl.pdf", ReportFixtures.pdf("gwyl"), "author");

        MvcResult download = mvc.perform(get("/staff/reports/" + report.getId() + "/versions/1").with(as("clerk", "democratic-services"))).andReturn();

        String disposition = download.getResponse().getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''Adroddiad%20%E2%80%93%20%C5%B4yl.pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(ReportFixtures.pdf("gwyl"));
    }

    @Test
    void onlyAuthorsMayRegisterAndUpload() throws Exception {
        assertThat(mvc.perform(get("/staff/reports/new").with(as("reviewer-legal", "reviewers-legal"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Fostering", ReportFixtures.flags(false, false, false, false, false)), "author");
        MockMultipartFile pdf = new MockMultipartFile("file", "r.pdf", "application/pdf", ReportFixtures.pdf("x"));
        assertThat(mvc.perform(multipart("/staff/reports/" + report.getId() + "/versions").file(pdf)
                .with(as("reviewer-legal", "reviewers-legal")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        MvcResult anonymous = mvc.perform(get("/staff/reports/" + report.getId()).accept(org.springframework.http.MediaType.TEXT_HTML)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void anAuthorUploadsVersionsAndAWrongFileIsExplained() throws Exception {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Adoption support", ReportFixtures.flags(false, false, false, false, false)), "author");
        String path = "/staff/reports/" + report.getId() + "/versions";

        MvcResult wrong = mvc.perform(multipart(path).file(new MockMultipartFile("file", "report.pdf", "application/pdf", "just text".getBytes()))
                .with(author()).with(csrf())).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        assertThat(wrong.getResponse().getContentAsString()).contains("There is a problem", "The document must be a PDF or a Word document (.docx)");

        MvcResult uploaded = mvc.perform(multipart(path).file(new MockMultipartFile("file", "adoption.docx", "application/octet-stream",
                ReportFixtures.docx("adoption"))).with(author()).with(csrf())).andReturn();
        assertThat(uploaded.getResponse().getStatus()).isEqualTo(302);
        String page = mvc.perform(get("/staff/reports/" + report.getId()).with(author())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("adoption.docx", "uploaded by author");
    }

    @Test
    void anyoneSignedInSeesTheSignOffRecord() throws Exception {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Care leavers' offer", ReportFixtures.flags(true, false, false, false, false)), "author");
        mvc.perform(multipart("/staff/reports/" + report.getId() + "/versions")
                .file(new MockMultipartFile("file", "r.pdf", "application/pdf", ReportFixtures.pdf("offer"))).with(author()).with(csrf()));
        steps.chooseReviewers(report, List.of("governance", "finance"));
        steps.review(report, "governance", "reviewer-governance");

        String page = mvc.perform(get("/staff/reports/" + report.getId()).with(as("reviewer-risk", "reviewers-risk")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Report reviewers used for appraising this report", "Gita Governance", "Monday 1 March 2027",
                "Not yet approved", "In review", "Governance: approved by Gita Governance on Monday 1 March 2027");

        String list = mvc.perform(get("/staff/reports").with(as("director", "directors"))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Care leavers&#39; offer", "Children and Young People Scrutiny Committee, Tuesday 23 March 2027");
    }

    @Test
    void democraticServicesPlaceAReportOnTheAgenda() throws Exception {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Placements", ReportFixtures.flags(false, false, false, false, false)), "author");
        MvcResult placed = mvc.perform(post("/staff/reports/" + report.getId() + "/agenda-item").param("agendaItem", "4")
                .with(as("clerk", "democratic-services")).with(csrf())).andReturn();
        assertThat(placed.getResponse().getStatus()).isEqualTo(302);
        assertThat(reports.findById(report.getId()).orElseThrow().getAgendaItem()).isEqualTo(4);
        assertThat(mvc.perform(post("/staff/reports/" + report.getId() + "/agenda-item").param("agendaItem", "1")
                .with(author()).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
