package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The meeting's agenda reports and each published report's page, with its generated reviewers table. */
@ScrutineerTest
class PublishedReportPagesTest {

    private static final Instant AGENDA_PUBLICATION = Instant.parse("2027-03-15T09:00:00Z");

    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired ReportAgenda agenda;
    @Autowired SignOffSteps steps;
    @Autowired MeetingService meetings;
    @Autowired MockMvc mvc;
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

    private Report register(ReportRegistrationRequest request) {
        Report report = registration.register(request, "author");
        documents.upload(report.getId(), "draft.pdf", ReportFixtures.pdf("first draft of " + request.title()), "author");
        return report;
    }

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    private static List<String> cells(String html, String rowHeader) {
        Matcher row = Pattern.compile("<tr[^>]*>\\s*<th scope=\"row\"[^>]*>" + Pattern.quote(rowHeader) + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a row for " + rowHeader).isTrue();
        Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
        List<String> found = new java.util.ArrayList<>();
        while (cell.find()) {
            found.add(cell.group(1).strip());
        }
        return found;
    }

    @Test
    void approvedReportsArePublishedInAgendaOrderWithTheirReviewersTableAndUnapprovedOnesNever() throws Exception {
        Report open = register(ReportFixtures.request(meeting.id(), "Placement sufficiency & costs", ReportFixtures.flags(true, false, false, false, false)));
        Report exempt = register(new ReportRegistrationRequest(meeting.id(), "Residential care contract award", "Director of Children's Services",
                "exempt", "3", "key", List.of("All wards"), ReportFixtures.flags(false, false, true, false, false), false));
        Report unapproved = register(ReportFixtures.request(meeting.id(), "Youth service review", ReportFixtures.flags(false, false, false, false, false)));

        clock.freezeAt(Instant.parse("2027-03-04T10:00:00Z"));
        steps.chooseReviewers(open, List.of("governance", "finance"));
        steps.review(open, "governance", "reviewer-governance");
        clock.freezeAt(Instant.parse("2027-03-05T10:00:00Z"));
        steps.review(open, "finance", "reviewer-finance");
        byte[] finalVersion = ReportFixtures.docx("final text");
        documents.upload(open.getId(), "final.docx", finalVersion, "author");
        clock.freezeAt(Instant.parse("2027-03-08T10:00:00Z"));
        steps.approve(open, "director");

        steps.chooseReviewers(exempt, List.of("governance", "legal", "procurement"));
        steps.review(exempt, "governance", "reviewer-governance");
        steps.review(exempt, "legal", "reviewer-legal");
        steps.review(exempt, "procurement", "reviewer-procurement");
        steps.approve(exempt, "director");

        steps.chooseReviewers(unapproved, List.of("governance"));
        agenda.place(open.getId(), 2);
        agenda.place(exempt.getId(), 1);
        agenda.place(unapproved.getId(), 3);

        assertThat(page("/meetings/" + meeting.id() + "/reports")).contains("No reports have been published for this meeting yet");
        assertThat(status("/reports/" + open.getId())).as("approved but not yet published").isEqualTo(404);

        clock.freezeAt(AGENDA_PUBLICATION);
        steps.runDueTimers(open, exempt, unapproved);

        String list = page("/meetings/" + meeting.id() + "/reports");
        assertThat(list).contains("Placement sufficiency &amp; costs", "Residential care contract award",
                "exempt information under paragraph 3 of Part 1 of Schedule 12A").doesNotContain("Youth service review");
        assertThat(list.indexOf("report-" + exempt.getId())).as("agenda order").isLessThan(list.indexOf("report-" + open.getId()));
        assertThat(list).doesNotContain("/reports/" + exempt.getId() + "/document");

        String published = page("/reports/" + open.getId());
        assertThat(published).contains("Report reviewers used for appraising this report");
        assertThat(cells(published, "Governance")).containsExactly("Gita Governance", "Thursday 4 March 2027");
        assertThat(cells(published, "Finance")).containsExactly("Fin Finance", "Friday 5 March 2027");
        assertThat(cells(published, "Approved by")).containsExactly("Dee Director", "Monday 8 March 2027");
        assertThat(published).doesNotContain(">Legal<").contains("Read the report (Word document)");

        MvcResult document = mvc.perform(get("/reports/" + open.getId() + "/document")).andReturn();
        assertThat(document.getResponse().getContentType()).isEqualTo(DocumentType.DOCX.mediaType());
        assertThat(document.getResponse().getContentAsByteArray()).isEqualTo(finalVersion);

        String exemptPage = page("/reports/" + exempt.getId());
        assertThat(exemptPage).contains("Residential care contract award", "paragraph 3 of Part 1 of Schedule 12A")
                .doesNotContain("Report reviewers used for appraising this report").doesNotContain("Director of Children");
        assertThat(status("/reports/" + exempt.getId() + "/document")).isEqualTo(404);
        assertThat(status("/reports/" + unapproved.getId())).isEqualTo(404);
        assertThat(status("/reports/" + unapproved.getId() + "/document")).isEqualTo(404);
    }

    @Test
    void theMeetingPageLinksToItsAgendaReports() throws Exception {
        assertThat(page("/meetings/" + meeting.id())).contains("/meetings/" + meeting.id() + "/reports");
    }
}
