package org.scrutineer.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.publishing.PdfRenderer;
import org.scrutineer.publishing.PublishedDocument;
import org.scrutineer.publishing.PublishedDocuments;
import org.scrutineer.report.Report;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over random sign-off states and random orders of events (approvals before the deadline, between the
 * deadline and publication, after publication or never; the agenda marked ready or not; the reports'
 * own timers before or after the meeting's; the meeting cancelled or not), no version of any public
 * document of the meeting ever holds a report that was not approved when that version was published.
 */
@ScrutineerTest
class NoUnapprovedReportIsPublishedPropertyTest {

    enum Approval { BEFORE_DEADLINE, BEFORE_PUBLICATION, AFTER_PUBLICATION, NEVER }

    enum Progress { REGISTERED, REVIEWERS_CHOSEN, REVIEWED }

    record Plan(Approval approval, Progress progressIfNotApproved) {
    }

    record Scenario(List<Plan> reports, boolean agendaMarkedReady, boolean reportTimersFirst, boolean cancelled) {
    }

    @Autowired MeetingSteps steps;
    @Autowired MeetingService meetings;
    @Autowired PublishedDocuments published;
    @Autowired PdfRenderer renderer;
    @Autowired AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Arbitrary<Scenario> scenarios() {
        Arbitrary<Plan> plan = Combinators.combine(Arbitraries.of(Approval.class), Arbitraries.of(Progress.class)).as(Plan::new);
        return Combinators.combine(plan.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(Scenario::new);
    }

    @Test
    void noPublicDocumentEverHoldsAReportThatWasNotApprovedWhenItWasPublished() {
        scenarios().sampleStream().limit(6).forEach(this::check);
    }

    private void check(Scenario scenario) {
        ScheduledMeeting meeting = steps.meetingOnTheTwentyThird();
        ProcessInstance lifecycle = steps.lifecycleOf(meeting);
        Map<Report, Plan> plans = new LinkedHashMap<>();
        for (int i = 0; i < scenario.reports().size(); i++) {
            String title = "Report " + (char) ('A' + i) + " of meeting " + meeting.id();
            plans.put(steps.register(meeting, title, document(title)), scenario.reports().get(i));
        }
        Map<Report, Instant> approvedAt = new LinkedHashMap<>();
        Report[] all = plans.keySet().toArray(Report[]::new);

        approve(plans, Approval.BEFORE_DEADLINE, approvedAt);
        steps.at(MeetingSteps.REPORT_DEADLINE);
        steps.runDueJobs(lifecycle);
        if (scenario.agendaMarkedReady()) {
            steps.complete("clerk", steps.task(lifecycle, "prepareAgenda"), Map.of());
        }
        steps.at(MeetingSteps.REPORT_DEADLINE.plus(Duration.ofHours(1)));
        approve(plans, Approval.BEFORE_PUBLICATION, approvedAt);

        steps.at(MeetingSteps.PUBLICATION);
        if (scenario.reportTimersFirst()) {
            steps.runReportJobs(all);
            steps.runDueJobs(lifecycle);
        } else {
            steps.runDueJobs(lifecycle);
            steps.runReportJobs(all);
        }
        steps.at(MeetingSteps.PUBLICATION.plus(Duration.ofHours(2)));
        for (Map.Entry<Report, Plan> entry : plans.entrySet()) {
            if (entry.getValue().approval() == Approval.AFTER_PUBLICATION) {
                steps.at(clock.instant().plus(Duration.ofHours(1)));
                steps.signOff(entry.getKey());
                approvedAt.put(entry.getKey(), clock.instant());
                steps.runReportJobs(entry.getKey());
            } else if (entry.getValue().approval() == Approval.NEVER) {
                progress(entry.getKey(), entry.getValue().progressIfNotApproved());
            }
        }
        if (scenario.cancelled()) {
            steps.at(clock.instant().plus(Duration.ofHours(1)));
            meetings.cancel(meeting.id(), "Not quorate.");
        }

        List<PublishedDocument> versions = new ArrayList<>();
        published.latestUnder(AgendaDocuments.meetingSeries(meeting.id())).forEach(d -> versions.addAll(published.versions(d.series())));
        assertThat(versions).as("%s: the pack was published", scenario).isNotEmpty();
        for (PublishedDocument version : versions) {
            String html = new String(version.html(), StandardCharsets.UTF_8);
            String pdf = text(version.pdf());
            for (Report report : all) {
                Instant approval = approvedAt.get(report);
                boolean approvedThen = approval != null && !approval.isAfter(version.publishedAt());
                if (!approvedThen) {
                    assertThat(pdf).as("%s: %s v%d holds no word of %s", scenario, version.series(), version.version(), report.getTitle())
                            .doesNotContain(report.getTitle() + ", the body");
                    assertThat(html).as("%s: %s v%d has no front sheet for %s", scenario, version.series(), version.version(), report.getTitle())
                            .doesNotContain(": " + report.getTitle() + "</h2>");
                }
            }
        }
        clock.reset();
    }

    private void approve(Map<Report, Plan> plans, Approval when, Map<Report, Instant> approvedAt) {
        plans.forEach((report, plan) -> {
            if (plan.approval() == when) {
                steps.signOff(report);
                approvedAt.put(report, clock.instant());
            }
        });
    }

    private void progress(Report report, Progress progress) {
        if (progress != Progress.REGISTERED) {
            steps.chooseReviewers(report);
        }
        if (progress == Progress.REVIEWED) {
            steps.review(report);
        }
    }

    private byte[] document(String title) {
        return renderer.render("<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/><title>"
                + title + "</title></head><body><h1>" + title + "</h1><p>" + title + ", the body of the report.</p></body></html>", title);
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
