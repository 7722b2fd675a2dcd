package org.scrutineer.action;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.identity.Roles;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.MailSettings;
import org.scrutineer.notification.Outbox;
import org.scrutineer.notification.Recipient;
import org.scrutineer.notification.TaskRecipients;
import org.springframework.stereotype.Component;

/** The emails about an action: to a partner, with the link to answer; to democratic services, when a partner has not answered. */
@Component
class ActionMail {

    static final String KIND = "tracked-action";

    private final ActionLinks links;
    private final MeetingService meetings;
    private final TaskRecipients recipients;
    private final Outbox outbox;
    private final MailSettings mail;
    private final DateWords words;

    ActionMail(ActionLinks links, MeetingService meetings, TaskRecipients recipients, Outbox outbox, MailSettings mail, DateWords words) {
        this.links = links;
        this.meetings = meetings;
        this.recipients = recipients;
        this.outbox = outbox;
        this.mail = mail;
        this.words = words;
    }

    /** Asks the partner, the first time or, after a partial answer, for the rest. */
    void ask(TrackedAction action) {
        toPartner(action, "action/mail/ask");
    }

    void remind(TrackedAction action) {
        toPartner(action, "action/mail/reminder");
    }

    /** Tells every member of democratic services that a partner has not answered, so they can answer for them. */
    void escalate(TrackedAction action) {
        Map<String, Object> variables = variables(action);
        variables.put("staffUrl", mail.publicUrl() + "/staff/actions/" + action.getId());
        for (Recipient person : recipients.forGroupsAndUsers(List.of(Roles.DEMOCRATIC_SERVICES), List.of())) {
            variables.put("name", person.name());
            outbox.enqueue(person.email(), "action/mail/escalated", variables, KIND);
        }
    }

    private void toPartner(TrackedAction action, String template) {
        Map<String, Object> variables = variables(action);
        variables.put("answerUrl", links.answerUrl(action));
        variables.put("linkExpires", words.dateAtTime(action.getLinkExpiresAt()));
        variables.put("again", !action.getResponses().isEmpty());
        outbox.enqueue(action.owner().email(), template, variables, KIND);
    }

    private Map<String, Object> variables(TrackedAction action) {
        ScheduledMeeting meeting = meetings.get(action.getMeetingId());
        Map<String, Object> variables = new HashMap<>();
        variables.put("action", action);
        variables.put("kindWords", action.getKind().words().toLowerCase(Locale.UK));
        variables.put("committeeName", meeting.committee().name());
        variables.put("meetingDate", words.date(meeting.startsAt().toLocalDate()));
        variables.put("dueBy", words.date(action.getDueBy()));
        variables.put("contact", meeting.committee().contactOfficer());
        return variables;
    }
}
