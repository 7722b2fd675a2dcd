package org.scrutineer.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.e2e.Browser;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.publishing.PdfRenderer;
import org.scrutineer.report.Report;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public side of a meeting's agenda: nothing of it before publication; then the agenda page with
 * every document and its versions, the pack as a PDF, each supplement as published; the agenda page
 * and a supplement audited by axe-core in a browser.
 */
@ScrutineerTest
class PublicAgendaPagesTest {

    @LocalServerPort int port;
    @Autowired MeetingSteps steps;
    @Autowired MeetingService meetings;
    @Autowired AgendaPublication publication;
    @Autowired PdfRenderer renderer;
    @Autowired AppClock clock;
    @Autowired org.scrutineer.meeting.CommitteeAlerts alerts;
    @Autowired org.scrutineer.notification.OutboxRepository outbox;
    @Autowired org.scrutineer.publishing.PublishedDocuments published;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private byte[] document(String title) {
        return renderer.render("<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/><title>"
                + title + "</title></head><body><h1>" + title + "</h1><p>The report.</p></body></html>", title);
    }

    /** A meeting whose pack is published with one report to follow, which then follows as supplement 1. */
    private ScheduledMeeting publishedWithASupplement() {
        ScheduledMeeting meeting = steps.meetingOnTheTwentyThird();
        ProcessInstance lifecycle = steps.lifecycleOf(meeting);
        Report onTime = steps.register(meeting, "Sufficiency of foster placements", document("Foster placements"));
        Report late = steps.register(meeting, "Children missing education", document("Children missing education"));
        steps.signOff(onTime);
        steps.at(MeetingSteps.REPORT_DEADLINE);
        steps.runDueJobs(lifecycle);
        steps.at(MeetingSteps.PUBLICATION);
        steps.runReportJobs(onTime, late);
        steps.runDueJobs(lifecycle);
        steps.signOff(late);
        steps.runReportJobs(late);
        return meeting;
    }

    @Test
    void beforePublicationThePageSaysWhenAndNoDocumentIsThere() throws Exception {
        ScheduledMeeting meeting = steps.meetingOnTheTwentyThird();
        HttpResponse<byte[]> page = get("/meetings/" + meeting.id() + "/agenda");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page)).contains("The agenda is not published yet. It will be published at 9am on Monday 15 March 2027");
        assertThat(get("/meetings/" + meeting.id() + "/agenda.pdf").statusCode()).isEqualTo(404);
        assertThat(get("/meetings/" + meeting.id() + "/supplement/1").statusCode()).isEqualTo(404);
        assertThat(text(get("/meetings/" + meeting.id()))).contains("/meetings/" + meeting.id() + "/agenda");
    }

    @Test
    void thePublishedAgendaListsItsItemsAndEveryDocumentWithItsVersions() throws Exception {
        ScheduledMeeting meeting = publishedWithASupplement();
        String page = text(get("/meetings/" + meeting.id() + "/agenda"));
        assertThat(page).contains("1. Apologies for absence", "Sufficiency of foster placements", "Children missing education",
                "Supplement 1: Item", "Version 1", "Version 2", "is no longer to follow");

        assertThat(text(get("/meetings/" + meeting.id()))).as("the meeting's page lists every document")
                .contains("Published documents", "/meetings/" + meeting.id() + "/agenda.pdf", "/meetings/" + meeting.id() + "/supplement/1.pdf");

        HttpResponse<byte[]> pack = get("/meetings/" + meeting.id() + "/agenda.pdf");
        assertThat(pack.statusCode()).isEqualTo(200);
        assertThat(pack.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        assertThat(new String(pack.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pack.headers().firstValue("ETag")).isPresent();
        HttpResponse<byte[]> first = get("/meetings/" + meeting.id() + "/agenda.pdf?version=1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isNotEqualTo(pack.body());
        assertThat(get("/meetings/" + meeting.id() + "/agenda.pdf?version=9").statusCode()).isEqualTo(404);

        HttpResponse<byte[]> supplement = get("/meetings/" + meeting.id() + "/supplement/1");
        assertThat(supplement.statusCode()).isEqualTo(200);
        assertThat(text(supplement)).contains("Children missing education", "Report reviewers used for appraising this report");
        assertThat(get("/meetings/" + meeting.id() + "/supplement/1.pdf").statusCode()).isEqualTo(200);
        assertThat(get("/meetings/" + meeting.id() + "/supplement/2").statusCode()).isEqualTo(404);
        assertThat(get("/meetings/" + meeting.id() + "/supplement/x").statusCode()).isEqualTo(400);
    }

    @Test
    void theCommitteesPublishedDocumentsAreAnAtomFeedNewestFirst() throws Exception {
        ScheduledMeeting meeting = publishedWithASupplement();

        HttpResponse<byte[]> answer = get("/committees/cyp/documents.atom");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(answer.body()));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        org.w3c.dom.NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent());
        }
        String supplement = "/meetings/" + meeting.id() + "/supplement/1.pdf";
        String agenda = "/meetings/" + meeting.id() + "/agenda.pdf";
        assertThat(ids).anyMatch(id -> id.endsWith(supplement)).anyMatch(id -> id.endsWith(agenda));
        java.util.List<String> updated = new java.util.ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            updated.add(((org.w3c.dom.Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent());
        }
        assertThat(updated).as("newest first").isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse).reversed());
        assertThat(text(answer)).contains("Supplement 1", "Children and Young People Scrutiny Committee, Tuesday 23 March 2027");
        assertThat(get("/committees/nope/documents.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void aSubscriberIsEmailedOnceForEachVersionPublishedOfThePackAndItsSupplements() {
        String email = "follower-" + System.nanoTime() + "@example.org";
        alerts.ask("cyp", email);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/alerts/(\\d+)/confirm/([A-Za-z0-9_-]+)").matcher(outbox.findAll().stream()
                .filter(m -> m.getRecipient().equals(email)).findFirst().orElseThrow().getBody());
        assertThat(link.find()).isTrue();
        alerts.confirm(Long.parseLong(link.group(1)), link.group(2));

        ScheduledMeeting meeting = publishedWithASupplement();

        int versions = published.latestUnder("meeting-" + meeting.id() + "/").stream().mapToInt(d -> published.versions(d.series()).size()).sum();
        java.util.List<String> subjects = outbox.findAll().stream().filter(m -> m.getRecipient().equals(email) && m.getKind().equals("committee-alert"))
                .map(org.scrutineer.notification.OutboxMessage::getSubject).toList();
        assertThat(versions).isGreaterThanOrEqualTo(2);
        assertThat(subjects).as("one email per version published").hasSize(versions)
                .anyMatch(subject -> subject.startsWith("Agenda: ")).anyMatch(subject -> subject.startsWith("Supplement 1"));
    }

    @Test
    void aCancelledMeetingsAgendaSaysSo() throws Exception {
        ScheduledMeeting meeting = publishedWithASupplement();
        meetings.cancel(meeting.id(), "The committee is not quorate.");
        assertThat(text(get("/meetings/" + meeting.id() + "/agenda"))).contains("This meeting is cancelled.", "The committee is not quorate.");
        assertThat(text(get("/meetings/" + meeting.id() + "/supplement/1"))).contains("This meeting is cancelled.");
        assertThat(text(get("/meetings/" + meeting.id()))).contains("This meeting is cancelled.").doesNotContain("Ask a question");
    }

    @Test
    void theAgendaAndASupplementHaveNoSeriousOrCriticalViolations() {
        ScheduledMeeting meeting = publishedWithASupplement();
        try (Browser browser = Browser.open(port)) {
            for (Map.Entry<String, String> page : Map.of(
                    "/meetings/" + meeting.id() + "/agenda", "Documents",
                    "/meetings/" + meeting.id() + "/supplement/1", "Report reviewers used for appraising this report").entrySet()) {
                browser.go(page.getKey());
                browser.waitFor(d -> d.getPageSource().contains(page.getValue()));
                browser.screenshot("agenda" + page.getKey().replace('/', '-'));
                assertThat(browser.seriousAccessibilityViolations()).as(page.getKey()).isEmpty();
            }
        }
    }
}
