package org.scrutineer.agenda;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingScheduled;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.MailSettings;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the committee-meeting process when a meeting is scheduled, in the same transaction, with
 * business key {@code meeting-<id>}; and sends it the messages of the other lifecycles.
 */
@Component
public class MeetingLifecycle {

    public static final String PROCESS = "committee-meeting";
    static final String QUESTIONS_SUPPLEMENT_WAIT = "questionsSupplementWait";
    /**
     * Counts each answer published and each build of the questions supplement. Both write it, so
     * that an answer published while a build is under way conflicts with that build, and the
     * engine runs the later of the two again.
     */
    static final String QUESTIONS_SUPPLEMENT_CHANGES = "questionsSupplementChanges";

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ManagementService managementService;
    private final MeetingService meetings;
    private final DateWords words;
    private final MailSettings mail;

    MeetingLifecycle(RuntimeService runtimeService, HistoryService historyService, ManagementService managementService, MeetingService meetings,
                     DateWords words, MailSettings mail) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.managementService = managementService;
        this.meetings = meetings;
        this.words = words;
        this.mail = mail;
    }

    public static String businessKey(long meetingId) {
        return "meeting-" + meetingId;
    }

    @EventListener
    void scheduled(MeetingScheduled scheduled) {
        start(meetings.get(scheduled.meetingId()));
    }

    /** A meeting still to come that was scheduled before meetings ran as a process gets its process on start. */
    @EventListener(ApplicationReadyEvent.class)
    void startMissing() {
        for (ScheduledMeeting meeting : meetings.upcoming()) {
            boolean ranBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                    .processInstanceBusinessKey(businessKey(meeting.id())).count() > 0;
            if (!meeting.meeting().isCancelled() && !ranBefore) {
                start(meeting);
            }
        }
    }

    void start(ScheduledMeeting meeting) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("meetingId", meeting.id());
        variables.put(QUESTIONS_SUPPLEMENT_CHANGES, 0L);
        variables.putAll(describe(meeting));
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey(meeting.id()), variables);
    }

    /** The variables the Tasklist form shows, said again when the meeting moves. */
    Map<String, Object> describe(ScheduledMeeting meeting) {
        return Map.of(
                "meetingTitle", meeting.committee().name() + ", " + words.dateAtTime(meeting.startsAt()),
                "agendaLink", mail.publicUrl() + "/staff/meetings/" + meeting.id() + "/agenda",
                "publicationWords", words.time(MeetingLifecycleDates.PUBLICATION_TIME) + " on "
                        + words.date(meeting.deadlines().agendaPublicationDate()));
    }

    /** When the answers approved in the last few minutes are in the questions supplement, if any are waiting. */
    Optional<Instant> questionsSupplementDue(long meetingId) {
        ProcessInstance instance = instance(meetingId);
        if (instance == null) {
            return Optional.empty();
        }
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(QUESTIONS_SUPPLEMENT_WAIT).list().stream()
                .map(Job::getDuedate).filter(Objects::nonNull).max(Date::compareTo).map(Date::toInstant);
    }

    /**
     * An answer published while the questions supplement's wait is pending joins that wait: the
     * supplement built when it ends reads every answer published by then. Otherwise a wait begins.
     */
    void answersPublished(long meetingId) {
        ProcessInstance instance = instance(meetingId);
        if (instance == null) {
            return;
        }
        Long changes = (Long) runtimeService.getVariable(instance.getId(), QUESTIONS_SUPPLEMENT_CHANGES);
        boolean waiting = changes != null && managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(QUESTIONS_SUPPLEMENT_WAIT).withRetriesLeft().count() > 0;
        runtimeService.setVariable(instance.getId(), QUESTIONS_SUPPLEMENT_CHANGES, changes == null ? 1L : changes + 1);
        if (!waiting) {
            tell(meetingId, "QuestionAnswersPublished", Map.of());
        }
    }

    /** Written by each build of the questions supplement, in the build's transaction. */
    static void questionsSupplementBuilt(DelegateExecution execution) {
        Long changes = (Long) execution.getVariable(QUESTIONS_SUPPLEMENT_CHANGES);
        execution.setVariable(QUESTIONS_SUPPLEMENT_CHANGES, changes == null ? 1L : changes + 1);
    }

    private ProcessInstance instance(long meetingId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(meetingId)).singleResult();
    }

    /** Tells the meeting's process; a meeting whose process has ended, or never ran, is told nothing. */
    boolean tell(long meetingId, String message, Map<String, Object> variables) {
        return !runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(businessKey(meetingId))
                .setVariablesLocal(variables).correlateAllWithResult().isEmpty();
    }

    /** Tells the meeting's process, which keeps the variables for the steps after the message. */
    public boolean tellAndKeep(long meetingId, String message, Map<String, Object> variables) {
        return !runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(businessKey(meetingId))
                .setVariables(variables).correlateAllWithResult().isEmpty();
    }
}
