package org.scrutineer.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.task.Task;
import org.scrutineer.meeting.DemoContribution;
import org.scrutineer.meeting.DemoStory;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of the demo year (config/demo/reports.yaml), for the next meeting, each taken through
 * sign-off as far as its stage: registered by the author with a document, reviewers approved by
 * democratic services, reviews signed by the reviewers, approval by the director. Every step comes
 * well before the meeting's report deadline, as the due dates ask.
 */
@Component
class ReportDemo implements DemoContribution {

    static final String AUTHOR = "author";
    static final String CLERK = "clerk";
    static final String DIRECTOR = "director";

    record DemoReport(String stage, int agendaItem, String title, String reportBy, String decisionType, List<String> wards,
                      ReportRegistrationRequest.Implications implications, List<String> reviewers, List<String> approvals,
                      String changesFrom, String changes, String summary) {

        List<String> approvalsOrNone() {
            return approvals == null ? List.of() : approvals;
        }
    }

    record Content(List<DemoReport> reports) {
    }

    private final ReportRegistration registration;
    private final ReportDocuments documents;
    private final ReportAgenda agenda;
    private final ReportRepository reports;
    private final ReportFileRepository files;

    ReportDemo(ReportRegistration registration, ReportDocuments documents, ReportAgenda agenda, ReportRepository reports,
               ReportFileRepository files) {
        this.registration = registration;
        this.documents = documents;
        this.agenda = agenda;
        this.reports = reports;
        this.files = files;
    }

    @Override
    public void plan(DemoStory story) {
        ScheduledMeeting meeting = story.meetings().next();
        LocalDate deadline = meeting.deadlines().reportDeadline();
        for (DemoReport report : story.content("reports.yaml", Content.class).reports()) {
            AtomicLong id = new AtomicLong();
            story.on(story.workingDays(deadline, -12, 10), "The author registers the report " + report.title(), () -> {
                Report registered = registration.register(new ReportRegistrationRequest(meeting.id(), report.title(), report.reportBy(),
                        Report.OPEN, null, report.decisionType(), report.wards(), report.implications(), false), AUTHOR);
                documents.upload(registered.getId(), "report.pdf", DemoPdf.of(report.title(), report.summary()), AUTHOR);
                agenda.place(registered.getId(), report.agendaItem());
                id.set(registered.getId());
            });
            if ("awaiting-reviewers".equals(report.stage())) {
                continue;
            }
            story.on(story.workingDays(deadline, -10, 11), "Democratic services approve the reviewers of " + report.title(),
                    () -> story.complete(CLERK, task(story, id, "approveReviewers"), reviewerChoice(report.reviewers())));
            story.on(story.workingDays(deadline, -8, 14), "The reviewers review " + report.title(), () -> {
                for (String role : report.approvalsOrNone()) {
                    story.complete("reviewer-" + role, review(story, id, role), Map.of("outcome", SignOff.APPROVE, "comments", ""));
                }
                if (report.changesFrom() != null) {
                    story.complete("reviewer-" + report.changesFrom(), review(story, id, report.changesFrom()),
                            Map.of("outcome", SignOff.CHANGES, "comments", report.changes().strip()));
                }
            });
            if ("approved".equals(report.stage())) {
                story.on(story.workingDays(deadline, -6, 10), "The director approves " + report.title(),
                        () -> story.complete(DIRECTOR, task(story, id, "approveReport"), Map.of("approved", true, "approvalComments", "")));
            }
        }
    }

    /** What the approveReviewers form sends: a ticked or empty box and an empty name for each role. */
    private static Map<String, Object> reviewerChoice(List<String> chosen) {
        Map<String, Object> form = new HashMap<>();
        for (ReviewerRole role : ReviewerRole.values()) {
            form.put(role.checkbox(), chosen.contains(role.id()));
            form.put(role.namedReviewer(), "");
        }
        return form;
    }

    private static Task task(DemoStory story, AtomicLong report, String key) {
        return story.task(ReportSignOffStarter.PROCESS, String.valueOf(report.get()), key);
    }

    private static Task review(DemoStory story, AtomicLong report, String role) {
        return story.tasks(ReportSignOffStarter.PROCESS, String.valueOf(report.get()), "reviewReport").stream()
                .filter(task -> role.equals(story.variable(task, "role"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + role + " review of report " + report.get()));
    }

    @Override
    @Transactional
    public void forget() {
        files.deleteAllInBatch();
        reports.deleteAll();
    }
}
