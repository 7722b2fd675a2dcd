package org.scrutineer.agenda;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.identity.Roles;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.MailSettings;
import org.scrutineer.notification.Outbox;
import org.scrutineer.notification.Recipient;
import org.scrutineer.notification.TaskRecipients;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a meeting's agenda pack and its supplements, and marks them when the meeting is
 * cancelled. Whatever the order of events, a report reaches a public document only once approved:
 * at the pack if approved by then, otherwise as a supplement when it is.
 */
@Service
class AgendaPublication {

    static final String TO_FOLLOW_MAIL = "to-follow";

    private final AgendaService agendas;
    private final AgendaRepository agendaRows;
    private final AgendaSupplementRepository supplements;
    private final AgendaReports reports;
    private final AgendaQuestions questions;
    private final AgendaDocuments documents;
    private final MeetingService meetings;
    private final TaskRecipients recipients;
    private final Outbox outbox;
    private final MailSettings mail;
    private final DateWords words;
    private final Clock clock;

    AgendaPublication(AgendaService agendas, AgendaRepository agendaRows, AgendaSupplementRepository supplements, AgendaReports reports,
                      AgendaQuestions questions, AgendaDocuments documents, MeetingService meetings, TaskRecipients recipients,
                      Outbox outbox, MailSettings mail, DateWords words, Clock clock) {
        this.agendas = agendas;
        this.agendaRows = agendaRows;
        this.supplements = supplements;
        this.reports = reports;
        this.questions = questions;
        this.documents = documents;
        this.meetings = meetings;
        this.recipients = recipients;
        this.outbox = outbox;
        this.mail = mail;
        this.words = words;
        this.clock = clock;
    }

    /** Publishes the pack with every approved report; each other report is to follow, and democratic services are told. */
    @Transactional
    public void publishPack(long meetingId) {
        Agenda agenda = agendas.draft(meetingId);
        if (agenda.isPublished()) {
            return;
        }
        agendas.reword(meetingId);
        ScheduledMeeting meeting = meetings.get(meetingId);
        Set<Long> approvedReports = reports.forMeeting(meetingId).stream().filter(AgendaReport::approved).map(AgendaReport::id)
                .collect(Collectors.toSet());
        for (AgendaItem item : agendas.items(meetingId)) {
            if (item.getReportId() != null) {
                boolean approved = approvedReports.contains(item.getReportId());
                item.toFollow(!approved);
                if (!approved) {
                    tellToFollow(meeting, item);
                }
            }
        }
        agenda.publish(clock.instant());
        agendaRows.save(agenda);
        documents.freezeAgenda(meeting, null);
    }

    /** A report that was to follow, now approved, is published as the next supplement; any other report is left as it is. */
    @Transactional
    public Optional<AgendaSupplement> publishReportSupplement(long meetingId, long reportId) {
        Optional<Agenda> agenda = agendas.find(meetingId).filter(Agenda::isPublished);
        if (agenda.isEmpty()) {
            return Optional.empty();
        }
        Optional<AgendaItem> waiting = agendas.items(meetingId).stream()
                .filter(item -> Long.valueOf(reportId).equals(item.getReportId()) && item.isToFollow()).findFirst();
        boolean approved = reports.find(reportId).map(AgendaReport::approved).orElse(false);
        if (waiting.isEmpty() || !approved) {
            return Optional.empty();
        }
        waiting.get().toFollow(false);
        AgendaSupplement supplement = supplements.save(new AgendaSupplement(meetingId, nextNumber(meetingId), AgendaSupplement.Kind.REPORT,
                reportId, clock.instant()));
        ScheduledMeeting meeting = meetings.get(meetingId);
        documents.freezeSupplement(meeting, supplement, null);
        documents.freezeAgenda(meeting, "Item " + waiting.get().getPosition() + ", " + waiting.get().getTitle()
                + ", is no longer to follow: it is published as supplement " + supplement.getNumber() + ".");
        return Optional.of(supplement);
    }

    /**
     * An item added after the pack: the published agenda gains it, with its reason. A report's item is
     * to follow until the report is approved, and is published as a supplement once it is.
     */
    @Transactional
    public void lateItem(long meetingId, long itemId) {
        agendas.items(meetingId).stream().filter(item -> item.getId() == itemId).findFirst().ifPresent(item -> {
            if (item.getReportId() != null) {
                item.toFollow(true);
                if (publishReportSupplement(meetingId, item.getReportId()).isPresent()) {
                    return;
                }
            }
            documents.freezeAgenda(meetings.get(meetingId), "Adds late item " + item.getPosition() + ", " + item.getTitle()
                    + (item.isToFollow() ? ", to follow" : "") + ".");
        });
    }

    /**
     * The questions supplement: the first time with the next number, afterwards a new version of the
     * same supplement, and no new version when its questions and answers are as the latest one has them.
     */
    @Transactional
    public Optional<AgendaSupplement> publishQuestionsSupplement(long meetingId) {
        List<AgendaQuestion> published = questions.publishedFor(meetingId);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        String content = AgendaQuestion.fingerprint(published);
        ScheduledMeeting meeting = meetings.get(meetingId);
        Optional<AgendaSupplement> existing = supplements.findByMeetingIdAndKind(meetingId, AgendaSupplement.Kind.QUESTIONS);
        if (existing.isPresent()) {
            if (!existing.get().builtFrom(content)) {
                documents.freezeSupplement(meeting, existing.get(), "Now " + published.size() + (published.size() == 1 ? " question" : " questions")
                        + " with approved answers.");
                existing.get().built(content);
            }
            return existing;
        }
        AgendaSupplement supplement = supplements.save(new AgendaSupplement(meetingId, nextNumber(meetingId), AgendaSupplement.Kind.QUESTIONS,
                null, clock.instant()));
        documents.freezeSupplement(meeting, supplement, null);
        supplement.built(content);
        return Optional.of(supplement);
    }

    /** Every document already published for the meeting is published again with the cancellation notice. */
    @Transactional
    public void markCancelled(long meetingId) {
        ScheduledMeeting meeting = meetings.get(meetingId);
        String note = "The meeting is cancelled: " + meeting.meeting().getCancellationReason();
        if (agendas.find(meetingId).filter(Agenda::isPublished).isPresent()) {
            documents.freezeAgenda(meeting, note);
        }
        for (AgendaSupplement supplement : supplements.findByMeetingIdOrderByNumberAsc(meetingId)) {
            documents.freezeSupplement(meeting, supplement, note);
        }
    }

    private int nextNumber(long meetingId) {
        return supplements.findByMeetingIdOrderByNumberAsc(meetingId).size() + 1;
    }

    private void tellToFollow(ScheduledMeeting meeting, AgendaItem item) {
        Map<String, Object> variables = Map.of(
                "title", item.getTitle(),
                "number", item.getPosition(),
                "meetingTitle", meeting.committee().name() + ", " + words.dateAtTime(meeting.startsAt()),
                "link", mail.publicUrl() + "/staff/meetings/" + meeting.id() + "/agenda");
        for (Recipient person : recipients.forGroupsAndUsers(List.of(Roles.DEMOCRATIC_SERVICES), List.of())) {
            Map<String, Object> personal = new LinkedHashMap<>(variables);
            personal.put("name", person.name());
            outbox.enqueue(person.email(), "agenda/mail/to-follow", personal, TO_FOLLOW_MAIL);
        }
    }
}
