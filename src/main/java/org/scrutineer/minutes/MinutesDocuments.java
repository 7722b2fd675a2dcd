package org.scrutineer.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.agenda.AgendaItem;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.ExemptInformation;
import org.scrutineer.meeting.MeetingDocumentPublished;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.publishing.DocumentDraft;
import org.scrutineer.publishing.DocumentViews;
import org.scrutineer.publishing.PageNumbers;
import org.scrutineer.publishing.PdfRenderer;
import org.scrutineer.publishing.PublishedDocument;
import org.scrutineer.publishing.PublishedDocuments;
import org.scrutineer.web.SiteSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The minutes as a page and a tagged PDF, generated from the record and the question records: the
 * public version (an exempt item's minute says only that it was exempt) is frozen as each version is
 * published; the staff's version, with the exempt minutes, is drawn when they read it.
 */
@Component
class MinutesDocuments {

    private final MinutesService minutes;
    private final MeetingService meetings;
    private final MinutesQuestions questions;
    private final PublishedDocuments published;
    private final ApplicationEventPublisher events;
    private final PdfRenderer renderer;
    private final DocumentViews views;
    private final SiteSettings site;
    private final DateWords words;

    MinutesDocuments(MinutesService minutes, MeetingService meetings, MinutesQuestions questions, PublishedDocuments published,
                     PdfRenderer renderer, DocumentViews views, SiteSettings site, DateWords words, ApplicationEventPublisher events) {
        this.events = events;
        this.minutes = minutes;
        this.meetings = meetings;
        this.questions = questions;
        this.published = published;
        this.renderer = renderer;
        this.views = views;
        this.site = site;
        this.words = words;
    }

    /** Whom a recommendation is to, in the minutes' words. */
    static final Map<String, String> ADDRESSEES = Map.of("executive", "the Executive (Cabinet)", "cabinet-member", "a Cabinet member",
            "council", "full Council", "partner", "a partner organisation", "officer", "an officer", "committee", "the committee itself");

    static String series(long meetingId) {
        return "minutes-" + meetingId;
    }

    /** Freezes the minutes as they now stand as the next published version, with the note that says why. */
    PublishedDocument publish(long meetingId, String note) {
        MinutesView view = view(meetingId, false, note);
        String html = html(view);
        byte[] pdf = PageNumbers.number(renderer.render(html, view.title()));
        PublishedDocument frozen = published.publish(new DocumentDraft(series(meetingId), view.title(), note, html, pdf));
        events.publishEvent(new MeetingDocumentPublished(meetingId, frozen.title(), frozen.version(), note));
        return frozen;
    }

    Optional<PublishedDocument> latest(long meetingId) {
        return published.latest(series(meetingId));
    }

    /** The staff's page of the minutes as they stand, published or not, with the exempt minutes. */
    String staffPage(long meetingId) {
        return html(view(meetingId, true, null));
    }

    MinutesView view(long meetingId, boolean forStaff, String note) {
        ScheduledMeeting meeting = meetings.get(meetingId);
        Minutes stored = minutes.find(meetingId).orElseThrow();
        MinutesBody body = minutes.read(stored);
        Map<Integer, AgendaItem> agenda = minutes.agendaItems(meetingId);
        LocalDate day = meeting.startsAt().toLocalDate();
        String title = "Minutes: " + meeting.committee().name() + ", " + words.date(day);

        List<String> present = new ArrayList<>();
        List<String> apologies = new ArrayList<>();
        List<String> substitutes = new ArrayList<>();
        List<String> inAttendance = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (MinutesBody.Attendee a : body.attendance()) {
            String role = a.role() == null ? "member" : a.role();
            String name = a.name().strip();
            switch (a.status()) {
                case "apologies" -> apologies.add(name);
                case "absent" -> absent.add(name);
                case "substitute" -> substitutes.add(name + " for " + a.substituteFor().strip());
                default -> {
                    if (role.equals("officer") || role.equals("other")) {
                        inAttendance.add(name + (role.equals("officer") ? " (officer)" : ""));
                    } else {
                        present.add(name + switch (role) {
                            case "chair" -> " (Chair)";
                            case "vice-chair" -> " (Vice-chair)";
                            case "co-opted" -> " (co-opted member)";
                            default -> "";
                        });
                    }
                }
            }
        }
        List<MinutesView.DeclarationLine> declarations = body.declarations().stream().map(d -> new MinutesView.DeclarationLine(d.member().strip(),
                "Item " + d.agendaItem() + Optional.ofNullable(agenda.get(d.agendaItem())).map(i -> ", " + i.getTitle()).orElse(""),
                kindWords(d.kind()), d.description().strip(), Boolean.TRUE.equals(d.leftTheRoom()))).toList();

        List<MinutesView.Item> items = new ArrayList<>();
        body.items().stream().sorted(Comparator.comparing(MinutesBody.ItemMinute::minute)).forEach(item -> {
            AgendaItem agendaItem = agenda.get(item.agendaItem());
            boolean exempt = agendaItem != null && agendaItem.isExempt();
            List<MinutesView.ResolutionLine> resolutions = item.resolutions().stream().map(r -> new MinutesView.ResolutionLine(r.text().strip(),
                    movedBy(r), r.vote().words(), r.recommendations().stream().map(rec -> new MinutesView.RecommendationLine(rec.number(),
                            rec.text(), ADDRESSEES.getOrDefault(rec.addressee(), rec.addressee()))).toList(),
                    r.actions().stream().map(a -> new MinutesView.ActionLine(a.text().strip(), a.owner().strip(),
                            Optional.ofNullable(MinutesCheck.date(a.dueBy())).map(words::date).orElse(null))).toList())).toList();
            items.add(new MinutesView.Item(item.minute(), item.agendaItem(), MinutesService.title(item, agendaItem), blankAsNull(item.summary()),
                    exempt, exempt ? ExemptInformation.words(agendaItem.getExemptParagraph()) : null, !exempt || forStaff, resolutions));
        });

        String previous = Optional.ofNullable(body.confirmation()).flatMap(c -> minutes.find(c.minutesOf())).map(m ->
                "The minutes of the meeting held on " + words.date(m.getMeetingDate()) + " were confirmed as a correct record"
                        + (body.confirmation().amendments() == null || body.confirmation().amendments().isBlank() ? "."
                        : ", with these amendments: " + body.confirmation().amendments().strip())).orElse(null);

        String draftNotice = stored.getStatus() == MinutesStatus.CONFIRMED ? null
                : "Draft: to be confirmed at the next meeting" + (stored.getApprovedAt() == null ? "" : ". Approved by the chair on "
                + words.date(LocalDate.ofInstant(stored.getApprovedAt(), AppClock.LONDON))) + ".";
        String confirmedNotice = stored.getStatus() != MinutesStatus.CONFIRMED ? null
                : "Confirmed as a correct record at the meeting on " + meetings.find(stored.getConfirmedAtMeeting())
                .map(m -> words.date(m.startsAt().toLocalDate())).orElse(words.date(LocalDate.ofInstant(stored.getConfirmedAt(), AppClock.LONDON))) + ".";
        return new MinutesView(title, site.getCouncilName(), meeting.committee().name(), words.date(day), words.time(meeting.startsAt().toLocalTime()),
                meeting.venue(), stored.getStatus().words(), draftNotice, confirmedNotice, stored.getAmendments(), note,
                present, apologies, substitutes, inAttendance, absent, declarations, previous, items, questions.forMeeting(meetingId), forStaff);
    }

    private static String movedBy(MinutesBody.Resolution r) {
        boolean proposed = r.proposer() != null && !r.proposer().isBlank();
        boolean seconded = r.seconder() != null && !r.seconder().isBlank();
        if (!proposed && !seconded) {
            return null;
        }
        return (proposed ? "Proposed by " + r.proposer().strip() : "") + (proposed && seconded ? ", seconded by " : seconded ? "Seconded by " : "")
                + (seconded ? r.seconder().strip() : "");
    }

    static String kindWords(String kind) {
        return switch (kind) {
            case "disclosable-pecuniary" -> "Disclosable pecuniary interest";
            case "other-registrable" -> "Other registrable interest";
            default -> "Non-registrable interest";
        };
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String html(MinutesView view) {
        return views.render("minutes/minutes", Map.of("view", view));
    }
}
