package org.scrutineer.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.publishing.PdfRenderer;
import org.scrutineer.publishing.PdfUa;
import org.scrutineer.publishing.PublishedDocument;
import org.scrutineer.publishing.PublishedDocuments;
import org.scrutineer.report.Report;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A generated agenda pack, read back as a person and a screen reader would: it passes PDF/UA-1, it
 * says this meeting's question deadline and its membership on the day, each open report's reviewers
 * table is filled from the sign-off record, and the pages the agenda gives are where each report is.
 */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaPackDocumentTest {

    @Autowired MeetingSteps steps;
    @Autowired AgendaService agendas;
    @Autowired PublishedDocuments published;
    @Autowired PdfRenderer renderer;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;
    private Report foster;
    private Report education;
    private PublishedDocument pack;

    private byte[] reportOfPages(String title, int pages) {
        StringBuilder body = new StringBuilder();
        for (int page = 1; page <= pages; page++) {
            body.append("<h2 style=\"page-break-before: always\">").append(title).append(", section ").append(page).append("</h2><p>")
                    .append("The committee is asked to note the position. ".repeat(20)).append("</p>");
        }
        return renderer.render("<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/><title>"
                + title + "</title></head><body><h1>" + title + "</h1>" + body + "</body></html>", title);
    }

    @BeforeAll
    void aPackWithTwoReportsIsPublished() {
        meeting = steps.meetingOnTheTwentyThird();
        ProcessInstance lifecycle = steps.lifecycleOf(meeting);
        foster = steps.register(meeting, "Sufficiency of foster placements", reportOfPages("Sufficiency of foster placements", 3));
        education = steps.register(meeting, "Children missing education", reportOfPages("Children missing education", 2));
        steps.signOff(foster);
        steps.signOff(education);
        steps.at(MeetingSteps.REPORT_DEADLINE);
        steps.runDueJobs(lifecycle);
        steps.at(MeetingSteps.PUBLICATION);
        steps.runReportJobs(foster, education);
        steps.runDueJobs(lifecycle);
        pack = published.latest(AgendaDocuments.agendaSeries(meeting.id())).orElseThrow();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void thePackPassesPdfUa() {
        assertThat(PdfUa.failedRules(pack.pdf())).isEmpty();
    }

    @Test
    void thePackSaysTheMeetingsOwnDeadlineMembershipAndReviewers() throws IOException {
        String text = text(pack.pdf());
        assertThat(text).contains("Children and Young People Scrutiny Committee", "Tuesday 23 March 2027", "Council Chamber, Town Hall");
        assertThat(text).as("this meeting's question deadline").contains("5pm on Wednesday 17 March 2027");
        assertThat(text).as("the membership on the day of the meeting").contains("Cllr Margaret Okafor", "Cllr Sunita Patel",
                "Canon Judith Ashworth", "Representative of the Diocese of Hereford").doesNotContain("Cllr Daniel Hughes");
        assertThat(text).contains("Report reviewers used for appraising this report", "Governance");
        assertThat(text).contains("Priya Raman", "01632 960 418");
        assertThat(text).contains("Sufficiency of foster placements, section 3", "Children missing education, section 2");
    }

    @Test
    void thePagesTheAgendaGivesAreWhereEachReportIs() throws IOException {
        try (PDDocument document = Loader.loadPDF(pack.pdf())) {
            for (Report report : List.of(foster, education)) {
                AgendaItem item = agendas.items(meeting.id()).stream().filter(i -> report.getId().equals(i.getReportId())).findFirst().orElseThrow();
                Matcher range = Pattern.compile("(\\d+) to (\\d+)").matcher(item.getPages());
                assertThat(range.matches()).as(item.getPages()).isTrue();
                int first = Integer.parseInt(range.group(1));
                int last = Integer.parseInt(range.group(2));
                assertThat(pageText(document, first)).contains("Item " + item.getPosition() + ": " + report.getTitle())
                        .as("the pack's own page number").contains("Page " + first + " of " + document.getNumberOfPages());
                assertThat(pageText(document, last)).contains(report.getTitle() + ", section");
                assertThat(last - first + 1).as("the front sheet and the report's own pages").isEqualTo(report == foster ? 5 : 4);
            }
            assertThat(document.getNumberOfPages()).isEqualTo(Integer.parseInt(agendas.items(meeting.id()).stream()
                    .filter(i -> education.getId().equals(i.getReportId())).findFirst().orElseThrow().getPages().replaceAll(".* to ", "")));
        }
    }

    @Test
    void everyItemHasABookmark() throws IOException {
        try (PDDocument document = Loader.loadPDF(pack.pdf())) {
            List<String> bookmarks = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> collect(item, bookmarks));
            assertThat(bookmarks).contains("Front sheet and membership", "Agenda", "Item 1: Apologies for absence", "Item 3: Declarations of interest",
                    "Item 11: Date of the next meeting", "Your rights at this meeting");
            assertThat(bookmarks).anyMatch(b -> b.contains("Sufficiency of foster placements"))
                    .anyMatch(b -> b.contains("Children missing education"));
        }
    }

    private static void collect(PDOutlineItem item, List<String> titles) {
        titles.add(item.getTitle());
        item.children().forEach(child -> collect(child, titles));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }
}
