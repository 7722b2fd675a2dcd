package org.scrutineer.action;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.Committee;
import org.scrutineer.meeting.Committees;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.publishing.DocumentViews;
import org.scrutineer.publishing.PageNumbers;
import org.scrutineer.publishing.PdfRenderer;
import org.scrutineer.web.SiteSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the public see of a committee's actions: every one it asked for, except exempt ones, with the
 * owner's name (never their email), the due date, the status and the answer; and each meeting's
 * tracking report, as a page and a tagged PDF.
 */
@Controller
class PublicActionsController {

    private final ActionTracker tracker;
    private final ActionTrackingReport report;
    private final Committees committees;
    private final MeetingService meetings;
    private final DocumentViews views;
    private final PdfRenderer renderer;
    private final SiteSettings site;
    private final DateWords words;

    PublicActionsController(ActionTracker tracker, ActionTrackingReport report, Committees committees, MeetingService meetings,
                            DocumentViews views, PdfRenderer renderer, SiteSettings site, DateWords words) {
        this.tracker = tracker;
        this.report = report;
        this.committees = committees;
        this.meetings = meetings;
        this.views = views;
        this.renderer = renderer;
        this.site = site;
        this.words = words;
    }

    record PublicLine(String kind, Integer minute, String text, String owner, String dueBy, String status, String tagClass, String response) {
    }

    record PublicMeeting(long meetingId, String date, List<PublicLine> actions) {
    }

    @GetMapping("/committees/{id}/actions")
    String committee(@PathVariable String id, Model model) {
        Committee committee = committees.get(id);
        Map<Long, List<PublicLine>> byMeeting = new LinkedHashMap<>();
        Map<Long, LocalDate> days = new LinkedHashMap<>();
        tracker.find(new ActionTracker.Filter(committee.id(), null, null, null)).stream().filter(a -> !a.exempt())
                .sorted(Comparator.comparing(ActionJson::meetingDate, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(a -> a.minute() == null ? Integer.MAX_VALUE : a.minute()).thenComparing(ActionJson::id))
                .forEach(a -> {
                    days.put(a.meetingId(), a.meetingDate());
                    byMeeting.computeIfAbsent(a.meetingId(), k -> new ArrayList<>()).add(line(a));
                });
        model.addAttribute("committee", committee);
        model.addAttribute("meetings", byMeeting.entrySet().stream()
                .map(e -> new PublicMeeting(e.getKey(), words.date(days.get(e.getKey())), e.getValue())).toList());
        return "action/public";
    }

    private PublicLine line(ActionJson a) {
        return new PublicLine(ActionKind.fromId(a.kind()).map(ActionKind::words).orElse(a.kind()), a.minute(), a.text(), a.ownerName(),
                words.date(a.dueBy()), a.status().words(), a.status().tagClass(), a.responseInWords(words));
    }

    @GetMapping(path = "/meetings/{id:\\d+}/action-tracking", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> trackingPage(@PathVariable long id) {
        ScheduledMeeting meeting = meetings.get(id);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(tracking(meeting, false));
    }

    @GetMapping("/meetings/{id:\\d+}/action-tracking.pdf")
    ResponseEntity<byte[]> trackingPdf(@PathVariable long id) {
        ScheduledMeeting meeting = meetings.get(id);
        byte[] pdf = PageNumbers.number(renderer.render(tracking(meeting, true), title(meeting)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noCache())
                .header("Content-Disposition", ContentDisposition.inline().filename("action-tracking-" + meeting.startsAt().toLocalDate() + ".pdf")
                        .build().toString())
                .body(pdf);
    }

    private String title(ScheduledMeeting meeting) {
        return "Information requests and actions tracking report: " + meeting.committee().name() + ", " + words.date(meeting.startsAt().toLocalDate());
    }

    private String tracking(ScheduledMeeting meeting, boolean forPdf) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title(meeting));
        model.put("councilName", site.getCouncilName());
        model.put("committeeName", meeting.committee().name());
        model.put("meetingDate", words.date(meeting.startsAt().toLocalDate()));
        model.put("reportDate", words.date(report.reportDay(meeting)));
        model.put("lines", report.forMeeting(meeting.id()));
        model.put("forPdf", forPdf);
        model.put("pdfPath", "/meetings/" + meeting.id() + "/action-tracking.pdf");
        return views.render("action/tracking", model);
    }
}
