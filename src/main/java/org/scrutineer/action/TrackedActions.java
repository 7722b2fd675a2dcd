package org.scrutineer.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.Committee;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.EmailAddresses;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's actions and information requests: each set by the minutes or entered by a clerk,
 * and followed by a {@code tracked-action} process (business key {@code action-<id>}) until its
 * owner answers that it is done, or democratic services close it.
 */
@Service
public class TrackedActions {

    static final String PROCESS = "tracked-action";
    static final String CLOSED_MESSAGE = "ActionClosed";
    static final int MAX_TEXT = 4000;

    private final TrackedActionRepository actions;
    private final MeetingService meetings;
    private final ActionOwners owners;
    private final ActionDates dates;
    private final RuntimeService runtimeService;
    private final ActionMail mail;
    private final DateWords words;
    private final Clock clock;

    TrackedActions(TrackedActionRepository actions, MeetingService meetings, ActionOwners owners, ActionDates dates,
                   RuntimeService runtimeService, ActionMail mail, DateWords words, Clock clock) {
        this.mail = mail;
        this.actions = actions;
        this.meetings = meetings;
        this.owners = owners;
        this.dates = dates;
        this.runtimeService = runtimeService;
        this.words = words;
        this.clock = clock;
    }

    static String businessKey(long id) {
        return "action-" + id;
    }

    /** A clerk's action, checked whole: every field at fault is named in one refusal. */
    @Transactional
    public TrackedAction add(ActionRequest request, String by) {
        Map<String, String> errors = new LinkedHashMap<>();
        Checked checked = check(request, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return start(new TrackedAction(checked.meeting().committee().id(), checked.meeting().id(), request.minute(), null,
                request.text().strip(), checked.kind(), checked.owner(), checked.dueBy(), false, clock.instant(), dates.today(), by));
    }

    record Checked(ScheduledMeeting meeting, ActionKind kind, ActionOwner owner, LocalDate dueBy) {
    }

    /** What is wrong with {@code request}, into {@code errors} by field; the parts that are right. */
    Checked check(ActionRequest request, Map<String, String> errors) {
        if (request == null) {
            errors.put("text", "Say what the committee asked for");
            return null;
        }
        ScheduledMeeting meeting = null;
        if (request.meetingId() == null) {
            errors.put("meetingId", "Choose the meeting that asked for it");
        } else {
            meeting = meetings.find(request.meetingId()).orElse(null);
            if (meeting == null) {
                errors.put("meetingId", "There is no meeting " + request.meetingId());
            } else if (request.committee() != null && !request.committee().isBlank() && !meeting.committee().id().equals(request.committee().strip())) {
                errors.put("committee", "Meeting " + meeting.id() + " is not a meeting of the committee " + request.committee().strip());
            }
        }
        if (request.minute() != null && (request.minute() < 1 || request.minute() > 999)) {
            errors.put("minute", "Give the minute number, like 7");
        }
        if (request.text() == null || request.text().isBlank()) {
            errors.put("text", "Say what the committee asked for");
        } else if (request.text().strip().length() > MAX_TEXT) {
            errors.put("text", "This must be " + MAX_TEXT + " characters or fewer");
        }
        ActionKind kind = request.kind() == null || request.kind().isBlank() ? null : ActionKind.fromId(request.kind().strip()).orElse(null);
        if (kind == null) {
            errors.put("kind", "Choose whether it is an action or an information request");
        }
        ActionOwner owner = owner(request, errors);
        LocalDate dueBy = null;
        if (request.dueBy() != null && !request.dueBy().isBlank()) {
            try {
                dueBy = LocalDate.parse(request.dueBy().strip());
                if (meeting != null && dueBy.isBefore(meeting.startsAt().toLocalDate())) {
                    errors.put("dueBy", "The date it is due must be on or after the meeting, " + words.date(meeting.startsAt().toLocalDate()));
                } else if (dueBy.isAfter(dates.today().plusYears(5))) {
                    errors.put("dueBy", "The date it is due must be within five years");
                }
            } catch (DateTimeParseException e) {
                errors.put("dueBy", "Give the date as YYYY-MM-DD, for example 2026-03-23");
            }
        } else if (meeting != null) {
            dueBy = dates.defaultDueBy(meeting.startsAt().toLocalDate());
        }
        return new Checked(meeting, kind, owner, dueBy);
    }

    private ActionOwner owner(ActionRequest request, Map<String, String> errors) {
        boolean external = (request.ownerEmail() != null && !request.ownerEmail().isBlank()) || (request.ownerName() != null && !request.ownerName().isBlank());
        if (request.owner() != null && !request.owner().isBlank()) {
            if (external) {
                errors.put("owner", "Give either a member of staff or team, or a partner's name and email, not both");
                return null;
            }
            Optional<ActionOwner> staff = owners.staff(request.owner());
            if (staff.isEmpty()) {
                errors.put("owner", "There is no member of staff or team with the id " + request.owner().strip());
            }
            return staff.orElse(null);
        }
        if (!external) {
            errors.put("owner", "Say who owns it: a member of staff or team, or a partner's name and email");
            return null;
        }
        if (request.ownerName() == null || request.ownerName().isBlank()) {
            errors.put("ownerName", "Enter the partner contact's name");
        } else if (request.ownerName().strip().length() > 200) {
            errors.put("ownerName", "This must be 200 characters or fewer");
        }
        if (request.ownerEmail() == null || request.ownerEmail().isBlank()) {
            errors.put("ownerEmail", "Enter the partner contact's email address: the link to answer is sent there");
        } else if (!EmailAddresses.looksValid(request.ownerEmail())) {
            errors.put("ownerEmail", "Enter an email address in the right format, like name@example.org");
        }
        return errors.containsKey("ownerName") || errors.containsKey("ownerEmail") ? null
                : ActionOwner.external(request.ownerName().strip(), request.ownerEmail().strip());
    }

    /** Saves the action and starts the process that follows it. */
    TrackedAction start(TrackedAction action) {
        TrackedAction saved = actions.save(action);
        ScheduledMeeting meeting = meetings.get(saved.getMeetingId());
        Map<String, Object> variables = new HashMap<>();
        variables.put("actionId", saved.getId());
        variables.put("external", saved.isExternal());
        variables.put("committeeName", meeting.committee().name());
        variables.put("actionText", saved.getText());
        variables.put("kindWords", saved.getKind().words());
        variables.put("askedAt", "The meeting of " + words.date(meeting.startsAt().toLocalDate())
                + (saved.getMinute() == null ? "" : ", minute " + saved.getMinute()));
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey(saved.getId()), variables);
        return saved;
    }

    @Transactional(readOnly = true)
    public TrackedAction get(long id) {
        return actions.findById(id).orElseThrow(() -> NotFound.withId("action", id));
    }

    Optional<TrackedAction> find(long id) {
        return actions.findById(id);
    }

    /** What is wrong with an answer, by field: the owner is told before anything is kept. */
    Map<String, String> checkAnswer(String response, String outcome, String newDueBy) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (response == null || response.isBlank()) {
            errors.put("response", "Give your response: what was done, or the information asked for");
        } else if (response.strip().length() > MAX_TEXT) {
            errors.put("response", "Your response must be " + MAX_TEXT + " characters or fewer");
        }
        if (!ActionResponse.DONE.equals(outcome) && !ActionResponse.PARTIAL.equals(outcome)) {
            errors.put("outcome", "Say whether it is done, or done in part with a date for the rest");
        } else if (ActionResponse.PARTIAL.equals(outcome)) {
            if (newDueBy == null || newDueBy.isBlank()) {
                errors.put("newDueBy", "Give the date by which the rest will be done");
            } else {
                try {
                    LocalDate date = LocalDate.parse(newDueBy.strip());
                    if (!date.isAfter(dates.today())) {
                        errors.put("newDueBy", "The date for the rest must be after today");
                    } else if (date.isAfter(dates.today().plusYears(2))) {
                        errors.put("newDueBy", "The date for the rest must be within two years");
                    }
                } catch (DateTimeParseException e) {
                    errors.put("newDueBy", "Give the date as YYYY-MM-DD, for example 2026-03-23");
                }
            }
        }
        return errors;
    }

    /** The owner's answer, from the {@code respondToAction} task; a wrong one is refused with every reason. */
    @Transactional
    public ActionResponse answer(long id, String response, String outcome, String newDueBy, String by) {
        Map<String, String> errors = checkAnswer(response, outcome, newDueBy);
        if (!errors.isEmpty()) {
            throw new EngineRuleRefusal(Refusal.everyReason(errors));
        }
        TrackedAction action = get(id);
        boolean done = ActionResponse.DONE.equals(outcome);
        return action.answer(response.strip(), done, done ? null : LocalDate.parse(newDueBy.strip()), dates.today(), clock.instant(), by);
    }

    /** Democratic services close an action: answered, or no longer needed (with the reason). An open one's process ends. */
    @Transactional
    public TrackedAction close(long id, String note) {
        TrackedAction action = get(id);
        if (action.getClosedOn() != null) {
            throw Refusal.of(HttpStatus.CONFLICT, "This action was closed on " + words.date(action.getClosedOn()));
        }
        String reason = note == null ? "" : note.strip();
        if (!action.isAnswered() && reason.isEmpty()) {
            throw Refusal.invalid("note", "Say why the action is closed before its owner has answered");
        }
        if (reason.length() > 2000) {
            throw Refusal.invalid("note", "This must be 2000 characters or fewer");
        }
        action.close(dates.today(), reason.isEmpty() ? null : reason);
        if (!action.isAnswered()) {
            runtimeService.createMessageCorrelation(CLOSED_MESSAGE).processInstanceBusinessKey(businessKey(id)).correlateAll();
        }
        return action;
    }

    /** Sends a partner a new link to answer an open action, for one that expired or was lost; the link before it stops working. */
    @Transactional
    public TrackedAction sendNewLink(long id) {
        TrackedAction action = get(id);
        if (!action.isExternal()) {
            throw Refusal.of(HttpStatus.CONFLICT, "This action is owned by staff, who answer it in the Tasklist");
        }
        if (action.getClosedOn() != null || action.isAnswered()) {
            throw Refusal.of(HttpStatus.CONFLICT, "This action is answered or closed, so no link is needed");
        }
        action.newLink(dates.linkExpiry());
        mail.ask(action);
        return action;
    }
}
