package org.scrutineer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.publishing.PdfRenderer;
import org.scrutineer.publishing.PublishedDocuments;
import org.scrutineer.report.Report;
import org.scrutineer.report.ReportDocuments;
import org.scrutineer.report.ReportRegistration;
import org.scrutineer.report.ReportRegistrationRequest;

/**
 * The agenda pack at a council's size: ten approved reports of 20 pages each, about 200 pages,
 * published by the meeting's own publication job. Measures the job's time and the peak heap it takes
 * (the sum of the heap pools' peaks, reset just before), once for each run.
 */
final class PackBenchmark {

    static final int REPORTS = 10;
    static final int PAGES_PER_REPORT = 20;

    private final BenchNode node;
    private final Scale scale;

    PackBenchmark(BenchNode node, Scale scale) {
        this.node = node;
        this.scale = scale;
    }

    Map<String, Object> run() {
        byte[] document = reportOfPages(node.bean(PdfRenderer.class));
        List<Double> seconds = new ArrayList<>();
        List<Long> peaks = new ArrayList<>();
        int pages = 0;
        for (int run = 0; run < scale.runs() + 1; run++) {
            Map<String, Object> one = publishOnePack(document, run);
            if (run > 0) {
                seconds.add((Double) one.get("seconds"));
                peaks.add((Long) one.get("peakHeapMb"));
            }
            pages = (Integer) one.get("pages");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("reports", REPORTS);
        result.put("pages", pages);
        result.put("seconds", Timings.round(Timings.median(seconds)));
        result.put("runsSeconds", seconds.stream().map(Timings::round).toList());
        result.put("peakHeapMb", Math.round(Timings.median(peaks)));
        result.put("runsPeakHeapMb", peaks);
        return result;
    }

    private Map<String, Object> publishOnePack(byte[] document, int run) {
        AppClock clock = node.bean(AppClock.class);
        clock.freezeAt(Instant.parse("2027-03-01T09:00:00Z"));
        ScheduledMeeting meeting = node.bean(MeetingService.class).schedule("cyp", LocalDateTime.parse("2027-03-23T14:00"), "Bench " + run);
        List<Report> reports = new ArrayList<>();
        for (int i = 1; i <= REPORTS; i++) {
            Report report = node.bean(ReportRegistration.class).register(new ReportRegistrationRequest(meeting.id(), "Bench report " + i,
                    "Director of Children's Services", "open", null, "non-key", List.of("All wards"),
                    new ReportRegistrationRequest.Implications(false, false, false, false, false), false), "author");
            node.bean(ReportDocuments.class).upload(report.getId(), "report-" + i + ".pdf", document, "author");
            signOff(report);
            reports.add(report);
        }
        ProcessInstance lifecycle = instance("committee-meeting", "meeting-" + meeting.id());
        clock.freezeAt(Instant.parse("2027-03-11T17:00:00Z"));
        runDueJobs(lifecycle);
        clock.freezeAt(Instant.parse("2027-03-15T09:00:00Z"));
        reports.forEach(r -> runDueJobs(instance("report-signoff", String.valueOf(r.getId()))));

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        runDueJobs(lifecycle);
        double took = Timings.millisSince(started) / 1000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        byte[] pack = node.bean(PublishedDocuments.class).latest("meeting-" + meeting.id() + "/agenda").orElseThrow().pdf();
        clock.reset();
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("seconds", took);
        one.put("peakHeapMb", peak);
        one.put("pages", pageCount(pack));
        return one;
    }

    private void signOff(Report report) {
        complete("clerk", task(report, "approveReviewers"), Map.of("reviewerRoles", List.of("governance")));
        complete("reviewer-governance", task(report, "reviewReport"), Map.of("outcome", "approve", "comments", ""));
        complete("director", task(report, "approveReport"), Map.of("approved", true, "approvalComments", ""));
    }

    private Task task(Report report, String key) {
        return node.bean(TaskService.class).createTaskQuery().processInstanceId(instance("report-signoff", String.valueOf(report.getId())).getId())
                .taskDefinitionKey(key).singleResult();
    }

    private void complete(String user, Task task, Map<String, Object> variables) {
        IdentityService identity = node.bean(IdentityService.class);
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
        try {
            node.bean(TaskService.class).complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private ProcessInstance instance(String key, String businessKey) {
        return node.bean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey(key).processInstanceBusinessKey(businessKey).singleResult();
    }

    private void runDueJobs(ProcessInstance instance) {
        ManagementService management = node.bean(ManagementService.class);
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private static byte[] reportOfPages(PdfRenderer renderer) {
        StringBuilder body = new StringBuilder();
        for (int page = 1; page <= PAGES_PER_REPORT; page++) {
            body.append("<h2 style=\"page-break-before: always\">Section ").append(page).append("</h2><p>")
                    .append("The committee is asked to note the position set out in this section of the report. ".repeat(25)).append("</p>");
        }
        return renderer.render("<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>"
                + "<title>Bench report</title></head><body><h1>Bench report</h1>" + body + "</body></html>", "Bench report");
    }

    private static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
