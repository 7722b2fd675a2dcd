package org.scrutineer.workprogramme;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.notification.MailSettings;
import org.scrutineer.notification.Outbox;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Emails the suggester: the decision (declined with the reason, or taken into the work programme),
 * and later the meeting where the topic is taken. The mail follows the step it serves.
 */
@Component("tellSuggester")
class TellSuggester implements JavaDelegate {

    private final TopicSuggestions suggestions;
    private final MeetingService meetings;
    private final Outbox outbox;
    private final MailSettings mail;
    private final DateWords words;

    TellSuggester(TopicSuggestions suggestions, MeetingService meetings, Outbox outbox, MailSettings mail, DateWords words) {
        this.suggestions = suggestions;
        this.meetings = meetings;
        this.outbox = outbox;
        this.mail = mail;
        this.words = words;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables input = ProcessVariables.of(execution);
        TopicSuggestion s = suggestions.get(input.id("suggestionId"));
        Map<String, Object> variables = new HashMap<>();
        variables.put("suggestion", s);
        variables.put("committeeName", input.text("committeeName", "the committee"));
        variables.put("programmeUrl", mail.publicUrl() + "/committees/" + s.getCommitteeId() + "/work-programme");
        String template = switch (execution.getCurrentActivityId()) {
            case "tellDeclined" -> "workprogramme/mail/declined";
            case "tellTaken" -> "workprogramme/mail/taken";
            default -> {
                long meetingId = input.id("meetingId");
                variables.put("meetingWords", words.dateAtTime(meetings.get(meetingId).startsAt()));
                variables.put("meetingUrl", mail.publicUrl() + "/meetings/" + meetingId);
                yield "workprogramme/mail/meeting";
            }
        };
        outbox.enqueue(s.getEmail(), template, variables, AcknowledgeSuggestion.MAIL);
    }
}
