package org.scrutineer.report;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.scrutineer.meeting.ExemptInformation;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a report for a meeting after checking its attributes, and starts its sign-off. */
@Service
public class ReportRegistration {

    static final Set<String> DECISION_TYPES = Set.of("key", "non-key", "for-information");

    private final ReportRepository reports;
    private final MeetingService meetings;
    private final ReportSignOffStarter signOff;
    private final Clock clock;

    ReportRegistration(ReportRepository reports, MeetingService meetings, ReportSignOffStarter signOff, Clock clock) {
        this.reports = reports;
        this.meetings = meetings;
        this.signOff = signOff;
        this.clock = clock;
    }

    @Transactional
    public Report register(ReportRegistrationRequest request, String author) {
        Map<String, String> errors = check(request);
        if (!errors.isEmpty()) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, Refusal.everyReason(errors), errors);
        }
        if (meetings.find(request.meetingId()).isEmpty()) {
            throw Refusal.breaksRule("meetingId", MeetingService.unknown(request.meetingId()));
        }
        Report report = reports.save(new Report(request, author, clock.instant()));
        signOff.start(report);
        return report;
    }

    public Map<String, String> check(ReportRegistrationRequest r) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.meetingId() == null) {
            errors.put("meetingId", "Choose the meeting the report is for");
        }
        require(errors, "title", r.title(), 300, "Enter the report's title");
        require(errors, "reportBy", r.reportBy(), 200, "Enter who the report is by");
        if (!Report.OPEN.equals(r.classification()) && !Report.EXEMPT.equals(r.classification())) {
            errors.put("classification", "Choose whether the report is open or exempt");
        } else if (Report.EXEMPT.equals(r.classification())
                && !ExemptInformation.isParagraph(r.exemptParagraph())) {
            errors.put("exemptParagraph", "Give the paragraph of Schedule 12A (1 to 7) that makes the report exempt");
        }
        if (r.decisionType() == null || !DECISION_TYPES.contains(r.decisionType())) {
            errors.put("decisionType", "Choose the decision type: key, non-key or for-information");
        }
        if (r.wards() == null || r.wards().stream().allMatch(w -> w == null || w.isBlank())) {
            errors.put("wards", "Enter the wards affected, or \"All wards\"");
        } else if (String.join("\n", r.wards()).length() > 2000) {
            errors.put("wards", "The list of wards is too long");
        }
        return errors;
    }

    private static void require(Map<String, String> errors, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.strip().length() > max) {
            errors.put(field, "This must be " + max + " characters or fewer");
        }
    }
}
