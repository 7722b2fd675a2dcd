package org.scrutineer.agenda;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.scrutineer.meeting.ExemptInformation;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.meeting.StandardAgendaItem;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one home of a meeting's agenda: drafted from the committee's standard agenda with the reports
 * registered at the place its {@code reports} entry gives; ordered and added to by democratic services
 * while it is a draft; afterwards only a late item, with the reason the chair agreed, may join it.
 */
@Service
public class AgendaService {

    private final AgendaRepository agendas;
    private final AgendaItemRepository items;
    private final AgendaReports reports;
    private final MeetingService meetings;
    private final StandardItemWording wording;
    private final Clock clock;

    AgendaService(AgendaRepository agendas, AgendaItemRepository items, AgendaReports reports, MeetingService meetings,
                  StandardItemWording wording, Clock clock) {
        this.agendas = agendas;
        this.items = items;
        this.reports = reports;
        this.meetings = meetings;
        this.wording = wording;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Agenda> find(long meetingId) {
        return agendas.findById(meetingId);
    }

    @Transactional(readOnly = true)
    public List<AgendaItem> items(long meetingId) {
        return items.findByMeetingIdOrderByPositionAsc(meetingId);
    }

    /** Drafts the agenda once; a second call leaves the draft as democratic services left it. */
    @Transactional
    public Agenda draft(long meetingId) {
        Optional<Agenda> existing = agendas.findById(meetingId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ScheduledMeeting meeting = meetings.get(meetingId);
        List<AgendaItem> drafted = new ArrayList<>();
        for (StandardAgendaItem standard : meeting.committee().standardAgenda()) {
            if ("reports".equals(standard.kind())) {
                reports.forMeeting(meetingId).forEach(report -> drafted.add(reportItem(meetingId, report, null)));
            } else {
                AgendaItemKind kind = AgendaItemKind.configured(standard.kind()).orElseThrow(() -> new IllegalStateException(
                        "The standard agenda of " + meeting.committee().id() + " names an item kind there is none of: " + standard.kind()));
                drafted.add(new AgendaItem(meetingId, kind, standard.title(), wording.purposeOf(kind, meeting), null, null, false, null, null));
            }
        }
        renumber(drafted);
        items.saveAll(drafted);
        return agendas.save(new Agenda(meetingId, clock.instant()));
    }

    /** Says each standard item again from the meeting as it is now. */
    @Transactional
    public void reword(long meetingId) {
        ScheduledMeeting meeting = meetings.get(meetingId);
        for (AgendaItem item : items(meetingId)) {
            if (item.isStandard()) {
                item.describe(item.getTitle(), wording.purposeOf(item.getKind(), meeting), null);
            }
        }
    }

    /** The whole draft in its new order: the items kept by id, in the order given, and the new ones where they stand. */
    @Transactional
    public List<AgendaItem> replace(long meetingId, List<AgendaItemRequest> requests) {
        Agenda agenda = draftOf(meetingId);
        Map<Long, AgendaItem> current = items(meetingId).stream().collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
        Map<String, String> errors = new LinkedHashMap<>();
        List<AgendaItem> ordered = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            AgendaItemRequest request = requests.get(i);
            String field = "items[" + i + "]";
            if (request.id() != null) {
                AgendaItem kept = current.remove(request.id());
                if (kept == null) {
                    errors.put(field + ".id", "There is no item " + request.id() + " on this agenda");
                    continue;
                }
                if (!kept.isStandard()) {
                    change(kept, request, field, errors);
                }
                ordered.add(kept);
            } else {
                newItem(meetingId, request, field, errors).ifPresent(ordered::add);
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        items.deleteAll(current.values());
        renumber(ordered);
        items.saveAll(ordered);
        return ordered;
    }

    /** Adds one item at the end of the business, before the work programme and the next meeting's date; once published, only a late one. */
    @Transactional
    public AgendaItem add(long meetingId, AgendaItemRequest request) {
        Agenda agenda = agendas.findById(meetingId).orElseThrow(() -> Refusal.breaksRule("agenda",
                "The agenda is drafted at the report deadline; add items once it is"));
        if (agenda.isPublished() && blank(request.lateReason())) {
            throw Refusal.breaksRule("lateReason", "The agenda is published: an item added now is a late item, so give the reason the chair agreed to take it");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<AgendaItem> item = newItem(meetingId, request, "item", errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        List<AgendaItem> ordered = new ArrayList<>(items(meetingId));
        int at = ordered.size();
        while (at > 0 && closing(ordered.get(at - 1).getKind())) {
            at--;
        }
        ordered.add(at, item.orElseThrow());
        renumber(ordered);
        items.saveAll(ordered);
        return item.get();
    }

    /** Democratic services say the draft is ready for publication. */
    @Transactional
    public void markReady(long meetingId) {
        agendas.findById(meetingId).ifPresent(agenda -> agenda.ready(clock.instant()));
    }

    private Agenda draftOf(long meetingId) {
        Agenda agenda = agendas.findById(meetingId).orElseThrow(() -> NotFound.withId("agenda", meetingId));
        if (agenda.isPublished()) {
            throw Refusal.breaksRule("agenda", "The agenda is published and cannot be reordered; add a late item instead, with the reason the chair agreed to take it");
        }
        return agenda;
    }

    private Optional<AgendaItem> newItem(long meetingId, AgendaItemRequest request, String field, Map<String, String> errors) {
        AgendaReport report = null;
        if (request.reportId() != null) {
            report = reports.find(request.reportId()).filter(r -> r.meetingId() == meetingId).orElse(null);
            if (report == null) {
                errors.put(field + ".reportId", "There is no report " + request.reportId() + " registered for this meeting");
                return Optional.empty();
            }
            long linked = request.reportId();
            if (items(meetingId).stream().anyMatch(i -> Long.valueOf(linked).equals(i.getReportId()))) {
                errors.put(field + ".reportId", "That report is on this agenda already");
                return Optional.empty();
            }
        }
        AgendaItem item = report != null ? reportItem(meetingId, report, null)
                : new AgendaItem(meetingId, AgendaItemKind.OTHER, "", null, null, null, false, null, null);
        int before = errors.size();
        change(item, request, field, errors);
        return errors.size() == before ? Optional.of(item) : Optional.empty();
    }

    private void change(AgendaItem item, AgendaItemRequest request, String field, Map<String, String> errors) {
        String title = blank(request.title()) ? item.getTitle() : request.title().strip();
        if (blank(title)) {
            errors.put(field + ".title", "Give the item a title");
        } else if (title.length() > 500) {
            errors.put(field + ".title", "Keep the title to 500 characters or fewer");
        }
        String purpose = blank(request.purpose()) ? item.getPurpose() : request.purpose().strip();
        if (purpose != null && purpose.length() > 2000) {
            errors.put(field + ".purpose", "Keep the purpose to 2000 characters or fewer");
        }
        String lead = blank(request.leadOfficer()) ? item.getLeadOfficer() : request.leadOfficer().strip();
        if (lead != null && lead.length() > 255) {
            errors.put(field + ".leadOfficer", "Keep the lead officer's name to 255 characters or fewer");
        }
        boolean exempt = item.isExempt() || Boolean.TRUE.equals(request.exempt());
        String paragraph = blank(request.exemptParagraph()) ? item.getExemptParagraph() : request.exemptParagraph().strip();
        if (exempt && !ExemptInformation.isParagraph(paragraph)) {
            errors.put(field + ".exemptParagraph", "Give the paragraph of Schedule 12A (1 to 7) that makes the item exempt");
        }
        String late = blank(request.lateReason()) ? item.getLateReason() : request.lateReason().strip();
        if (late != null && late.length() > 1000) {
            errors.put(field + ".lateReason", "Keep the reason to 1000 characters or fewer");
        }
        item.describe(title, purpose, lead);
        item.classify(exempt, paragraph);
        item.markLate(late);
    }

    private static AgendaItem reportItem(long meetingId, AgendaReport report, String lateReason) {
        return new AgendaItem(meetingId, AgendaItemKind.REPORT, report.title(), null, report.reportBy(), report.id(),
                report.exempt(), report.exemptParagraph(), lateReason);
    }

    private static boolean closing(AgendaItemKind kind) {
        return kind == AgendaItemKind.WORK_PROGRAMME || kind == AgendaItemKind.NEXT_MEETING;
    }

    private static void renumber(List<AgendaItem> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
