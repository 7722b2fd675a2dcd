package org.scrutineer.agenda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.ExemptInformation;
import org.scrutineer.meeting.MeetingDocumentPublished;
import org.scrutineer.meeting.MemberJson;
import org.scrutineer.meeting.Membership;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.MailSettings;
import org.scrutineer.publishing.DocumentDraft;
import org.scrutineer.publishing.DocumentViews;
import org.scrutineer.publishing.PageNumbers;
import org.scrutineer.publishing.PdfPart;
import org.scrutineer.publishing.PdfRenderer;
import org.scrutineer.publishing.PublishedDocument;
import org.scrutineer.publishing.PublishedDocuments;
import org.scrutineer.web.SiteSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Generates and freezes the meeting's documents from the records, never from anything typed into
 * them: the agenda pack (front sheet, agenda with page numbers, the public's rights, then each open
 * report's front sheet and its PDF) and each supplement, each as an HTML page and a tagged PDF.
 */
@Component
class AgendaDocuments {

    private final AgendaService agendas;
    private final AgendaReports reports;
    private final AgendaQuestions questions;
    private final Membership membership;
    private final PublishedDocuments published;
    private final ApplicationEventPublisher events;
    private final PdfRenderer renderer;
    private final DocumentViews views;
    private final SiteSettings site;
    private final MailSettings mail;
    private final DateWords words;
    private final Clock clock;
    private final AgendaWorkProgramme workProgramme;
    private final AgendaActionTracking actionTracking;

    AgendaDocuments(AgendaService agendas, AgendaReports reports, AgendaQuestions questions,
                    Membership membership, PublishedDocuments published, PdfRenderer renderer, DocumentViews views, SiteSettings site,
                    MailSettings mail, DateWords words, Clock clock, AgendaWorkProgramme workProgramme, AgendaActionTracking actionTracking,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.workProgramme = workProgramme;
        this.actionTracking = actionTracking;
        this.agendas = agendas;
        this.reports = reports;
        this.questions = questions;
        this.membership = membership;
        this.published = published;
        this.renderer = renderer;
        this.views = views;
        this.site = site;
        this.mail = mail;
        this.words = words;
        this.clock = clock;
    }

    static String agendaSeries(long meetingId) {
        return "meeting-" + meetingId + "/agenda";
    }

    static String supplementSeries(long meetingId, int number) {
        return "meeting-" + meetingId + "/supplement-" + number;
    }

    static String meetingSeries(long meetingId) {
        return "meeting-" + meetingId + "/";
    }

    /** The pack as it stands now, frozen as the agenda's next version; the items keep the pages they take. */
    PublishedDocument freezeAgenda(ScheduledMeeting meeting, String note) {
        List<AgendaItem> items = agendas.items(meeting.id());
        List<PdfPart> parts = new ArrayList<>();
        List<Integer> partPages = new ArrayList<>();
        List<AgendaItem> printed = new ArrayList<>();
        List<ReportSheet> sheets = new ArrayList<>();
        Map<Long, AgendaReport> approved = reports.forMeeting(meeting.id()).stream().filter(AgendaReport::approved)
                .collect(Collectors.toMap(AgendaReport::id, Function.identity()));
        for (AgendaItem item : items) {
            AgendaReport report = item.getReportId() == null || item.isToFollow() ? null : approved.get(item.getReportId());
            if (report != null) {
                ReportSheet sheet = sheet(meeting, item, report);
                sheets.add(sheet);
                byte[] front = renderer.render(html("agenda/report-sheet-document", Map.of("sheet", sheet)), sheet.heading());
                parts.add(new PdfPart(sheet.heading(), front));
                int pages = pageCount(front);
                if (sheet.pdf() != null) {
                    parts.add(new PdfPart(sheet.heading() + ": the report", sheet.pdf()));
                    pages += pageCount(sheet.pdf());
                }
                printed.add(item);
                partPages.add(pages);
            }
        }
        String title = "Agenda: " + meeting.committee().name() + ", " + words.date(meeting.startsAt().toLocalDate());
        byte[] base = renderPack(view(meeting, title, items, note), title);
        for (int attempt = 0; attempt < 3; attempt++) {
            int basePages = pageCount(base);
            givePages(printed, partPages, basePages + 1);
            base = renderPack(view(meeting, title, items, note), title);
            if (pageCount(base) == basePages) {
                break;
            }
        }
        PackView view = view(meeting, title, items, note);
        byte[] pack = PageNumbers.number(parts.isEmpty() ? base : renderer.append(base, parts));
        PublishedDocument frozen = published.publish(new DocumentDraft(agendaSeries(meeting.id()), title, note,
                html("agenda/pack", Map.of("view", view, "sheets", sheets, "forPdf", false)), pack));
        events.publishEvent(new MeetingDocumentPublished(meeting.id(), frozen.title(), frozen.version(), note));
        return frozen;
    }

    /** The pages each printed item takes, counted from the first page after the front sheet and agenda. */
    private static void givePages(List<AgendaItem> printed, List<Integer> partPages, int first) {
        int next = first;
        for (int i = 0; i < printed.size(); i++) {
            int last = next + partPages.get(i) - 1;
            printed.get(i).pages(next == last ? String.valueOf(next) : next + " to " + last);
            next = last + 1;
        }
    }

    private byte[] renderPack(PackView view, String title) {
        return renderer.render(html("agenda/pack", Map.of("view", view, "sheets", List.of(), "forPdf", true)), title);
    }

    PublishedDocument freezeSupplement(ScheduledMeeting meeting, AgendaSupplement supplement, String note) {
        String title;
        Map<String, Object> model = new java.util.HashMap<>();
        List<PdfPart> parts = new ArrayList<>();
        if (supplement.getKind() == AgendaSupplement.Kind.REPORT) {
            AgendaReport report = reports.find(supplement.getReportId()).orElseThrow();
            AgendaItem item = agendas.items(meeting.id()).stream().filter(i -> supplement.getReportId().equals(i.getReportId())).findFirst().orElseThrow();
            ReportSheet sheet = sheet(meeting, item, report);
            title = "Supplement " + supplement.getNumber() + ": " + sheet.heading();
            model.put("sheet", sheet);
            model.put("questions", null);
            if (sheet.pdf() != null) {
                parts.add(new PdfPart(sheet.heading() + ": the report", sheet.pdf()));
            }
        } else {
            title = "Supplement " + supplement.getNumber() + ": questions from members of the public";
            model.put("sheet", null);
            model.put("questions", questions.publishedFor(meeting.id()));
        }
        model.put("view", view(meeting, title, List.of(), note));
        String html = html("agenda/supplement", model);
        byte[] pdf = renderer.render(html, title);
        if (!parts.isEmpty()) {
            pdf = renderer.append(pdf, parts);
        }
        pdf = PageNumbers.number(pdf);
        PublishedDocument frozen = published.publish(new DocumentDraft(supplementSeries(meeting.id(), supplement.getNumber()), title, note, html, pdf));
        events.publishEvent(new MeetingDocumentPublished(meeting.id(), frozen.title(), frozen.version(), note));
        return frozen;
    }

    /** Every document published for the meeting, the latest version of each, in the order they first appeared. */
    List<PublishedDocument> documents(long meetingId) {
        return published.latestUnder(meetingSeries(meetingId));
    }

    private ReportSheet sheet(ScheduledMeeting meeting, AgendaItem item, AgendaReport report) {
        boolean exempt = report.exempt() || item.isExempt();
        String paragraph = report.exempt() ? report.exemptParagraph() : item.getExemptParagraph();
        Optional<AgendaReport.Document> document = exempt ? Optional.empty() : report.document();
        byte[] pdf = document.filter(AgendaReport.Document::isPdf).map(AgendaReport.Document::bytes).filter(AgendaDocuments::readable).orElse(null);
        String downloadUrl = pdf != null ? null : document.map(d -> mail.publicUrl() + d.downloadPath()).orElse(null);
        return new ReportSheet("Item " + item.getPosition() + ": " + report.title(), meeting.committee().name() + ", " + words.dateAtTime(meeting.startsAt()),
                report, exempt, exempt ? ExemptInformation.words(paragraph) : null, item.getPurpose(),
                document.map(AgendaReport.Document::fileName).orElse(null), downloadUrl, pdf);
    }

    private PackView view(ScheduledMeeting meeting, String title, List<AgendaItem> items, String note) {
        LocalDate day = meeting.startsAt().toLocalDate();
        List<PackView.Member> members = membership.asOf(meeting.committee().id(), day).stream()
                .map(m -> new PackView.Member(m.name(), roleWords(m))).toList();
        List<PackView.Item> lines = items.stream().map(i -> new PackView.Item(i.getPosition(), i.getTitle(), i.getPurpose(), i.getLeadOfficer(),
                i.getLateReason(), i.isExempt(), i.isExempt() ? ExemptInformation.words(i.getExemptParagraph()) : null, i.isToFollow(), i.getPages())).toList();
        String cancellation = meeting.meeting().isCancelled() ? meeting.meeting().getCancellationReason() : null;
        return new PackView(title, site.getCouncilName(), meeting.committee().name(), words.date(day), words.time(meeting.startsAt().toLocalTime()),
                meeting.venue(), words.date(LocalDate.now(clock)), meeting.committee().contactOfficer(), members, lines, cancellation, note,
                items.isEmpty() ? List.of() : workProgramme.forMeeting(meeting.id()),
                items.isEmpty() ? List.of() : actionTracking.forMeeting(meeting.id()));
    }

    private static String roleWords(MemberJson member) {
        return switch (member.role()) {
            case "chair" -> "Chair";
            case "vice-chair" -> "Vice-chair";
            case "co-opted" -> "Co-opted member" + (member.represents() == null ? "" : ", " + member.represents())
                    + (member.voting() ? " (voting)" : " (non-voting)");
            default -> "Member";
        };
    }

    private String html(String template, Map<String, Object> model) {
        return views.render(template, model);
    }

    /** An upload that says it is a PDF but cannot be read as one is linked, not merged: it must not stop the pack. */
    private static boolean readable(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
