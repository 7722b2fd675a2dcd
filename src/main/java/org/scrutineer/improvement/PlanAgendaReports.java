package org.scrutineer.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.scrutineer.agenda.AgendaReport;
import org.scrutineer.agenda.AgendaReports;
import org.scrutineer.agenda.ReportPlacement;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.identity.StaffDirectory;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's report placed on a meeting's agenda: rendered as of a day, frozen as the report's first
 * version, and handed to report sign-off, so that the meeting gets the figures that were approved and
 * not whatever the plan says on the night.
 */
@Service
public class PlanAgendaReports {

    /**
     * A placed report as the plan's page lists it; {@code lateBy} names the meeting's deadline for
     * reports when the report was placed after it, so that its sign-off is overdue from the start.
     */
    public record Placed(long reportId, long meetingId, String meeting, String asOf, String status, String lateBy) {
    }

    private final Plans plans;
    private final PlanReport report;
    private final PlanReportPdf pdf;
    private final PlanAgendaReportRepository placed;
    private final ReportPlacement placement;
    private final AgendaReports agendaReports;
    private final MeetingService meetings;
    private final StaffDirectory directory;
    private final DateWords words;
    private final Clock clock;

    PlanAgendaReports(Plans plans, PlanReport report, PlanReportPdf pdf, PlanAgendaReportRepository placed, ReportPlacement placement,
                      AgendaReports agendaReports, MeetingService meetings, StaffDirectory directory, DateWords words, Clock clock) {
        this.plans = plans;
        this.report = report;
        this.pdf = pdf;
        this.placed = placed;
        this.placement = placement;
        this.agendaReports = agendaReports;
        this.meetings = meetings;
        this.directory = directory;
        this.words = words;
        this.clock = clock;
    }

    /** Places the plan's report as of {@code asOf} (today when not given) on the meeting's agenda, and answers what was placed. */
    @Transactional
    public Placed place(long planId, Long meetingId, LocalDate asOf, String by) {
        ImprovementPlan plan = plans.plan(planId);
        LocalDate today = LondonTime.today(clock);
        LocalDate day = asOf == null ? today : asOf;
        if (meetingId == null) {
            throw Refusal.invalid("meetingId", "Choose the meeting whose agenda the report goes on");
        }
        ScheduledMeeting meeting = meetings.find(meetingId)
                .orElseThrow(() -> Refusal.invalid("meetingId", MeetingService.unknown(meetingId)));
        if (meeting.meeting().isCancelled() || meeting.startsAt().toLocalDate().isBefore(today)) {
            throw Refusal.breaksRule("meetingId", "The meeting of " + words.date(meeting.startsAt().toLocalDate())
                    + " has been held or cancelled: choose a meeting still to come");
        }
        if (day.isAfter(today)) {
            throw Refusal.invalid("asOf", "The report shows the plan as it stands today or on an earlier day, not on " + words.date(day));
        }
        placed.findByPlanIdAndMeetingId(planId, meetingId).ifPresent(held -> {
            throw Refusal.of(HttpStatus.CONFLICT, "meetingId", "The plan's report is already on that meeting's agenda as report "
                    + held.getReportId() + ". Upload a new version of that report if the figures have changed");
        });
        PlanReport.View view = report.asOf(planId, day);
        long reportId = placement.place(new ReportPlacement.PlacedReport(meetingId, view.title(), reportBy(plan),
                PlanReportPdf.fileName(planId, day), pdf.render(view), by));
        PlanAgendaReport saved = placed.save(new PlanAgendaReport(planId, meetingId, reportId, day, by, clock.instant()));
        return placed(saved);
    }

    @Transactional(readOnly = true)
    public List<Placed> of(long planId) {
        return placed.findByPlanIdOrderByAsOfDescIdDesc(planId).stream().map(this::placed).toList();
    }

    private Placed placed(PlanAgendaReport held) {
        Optional<ScheduledMeeting> meeting = meetings.find(held.getMeetingId());
        String status = agendaReports.find(held.getReportId()).map(this::status).orElse("withdrawn");
        LocalDate placedOn = LocalDate.ofInstant(held.getPlacedAt(), AppClock.LONDON);
        String lateBy = meeting.map(m -> m.deadlines().reportDeadline()).filter(deadline -> deadline != null && placedOn.isAfter(deadline))
                .map(words::date).orElse(null);
        return new Placed(held.getReportId(), held.getMeetingId(), meeting.map(m -> m.committee().name() + ", " + words.date(m.startsAt().toLocalDate()))
                .orElse("a meeting no longer held"), words.date(held.getAsOf()), status, lateBy);
    }

    private String status(AgendaReport onTheAgenda) {
        if (!onTheAgenda.approved()) {
            return "in sign-off";
        }
        return onTheAgenda.approvedBy() == null || onTheAgenda.approvedOn() == null ? "approved for the agenda"
                : "approved for the agenda by " + onTheAgenda.approvedBy() + " on " + words.date(onTheAgenda.approvedOn());
    }

    private String reportBy(ImprovementPlan plan) {
        return directory.find(plan.getOwner()).map(StaffDirectory.Entry::name)
                .or(() -> Optional.ofNullable(plan.getDirectorate()).filter(d -> !d.isBlank()))
                .orElse("Democratic services");
    }
}
