package org.scrutineer.question;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.EmailAddresses;
import org.scrutineer.web.Refusal;
import org.scrutineer.web.SiteSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door of the public-question process: checks a submission against the form's rules and
 * the meeting's, then records it and starts its process in one transaction.
 */
@Service
public class QuestionIntake {

    /** The engine stores text variables of up to 4,000 characters. */
    static final int MAX_TEXT = 4000;

    static final String PROCESS = "public-question";
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final PublicQuestionRepository questions;
    private final QuestionReferences references;
    private final MeetingService meetings;
    private final RuntimeService runtimeService;
    private final QuestionSettings settings;
    private final DateWords words;
    private final SiteSettings site;
    private final QuestionDeadlinesText deadlines;
    private final Clock clock;

    QuestionIntake(PublicQuestionRepository questions, QuestionReferences references, MeetingService meetings,
                   RuntimeService runtimeService, QuestionSettings settings, DateWords words, SiteSettings site,
                   QuestionDeadlinesText deadlines, Clock clock) {
        this.questions = questions;
        this.references = references;
        this.meetings = meetings;
        this.runtimeService = runtimeService;
        this.settings = settings;
        this.words = words;
        this.site = site;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional
    public PublicQuestion submit(QuestionSubmission submission) {
        Map<String, String> invalid = check(submission);
        if (!invalid.isEmpty()) {
            throw Refusal.invalid(invalid);
        }
        ScheduledMeeting meeting = meeting(submission.meetingId());
        refuseAtTheDoor(submission, meeting);

        PublicQuestion question = questions.save(new PublicQuestion(references.next(), meeting.id(),
                meeting.committee().id(), submission, clock.instant()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("questionId", question.getId());
        variables.put("reference", question.getReference());
        variables.put("meetingId", meeting.id());
        variables.put("meetingTitle", meeting.committee().name() + ", " + words.dateAtTime(meeting.startsAt()));
        variables.put("askerName", question.getAskerName());
        variables.put("onBehalfOf", question.getOnBehalfOf());
        variables.put("askerTown", question.getTown());
        variables.put("questionText", question.getOriginalText());
        variables.put("addressedTo", question.getAddressedTo());
        variables.put("addressees", new ArrayList<>(List.of(question.getAddressedTo())));
        variables.put("deadlinesText", deadlines.describe(meeting.id()));
        runtimeService.startProcessInstanceByKey(PROCESS, question.getReference(), variables);
        return question;
    }

    /** The form's own rules: every field present and well formed. Field id to message. */
    public Map<String, String> check(QuestionSubmission s) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.meetingId() == null) {
            errors.put("meetingId", "Choose the meeting your question is for");
        }
        require(errors, "name", s.name(), 100, "Enter your full name", "Your name must be 100 characters or fewer");
        if (require(errors, "email", s.email(), 254, "Enter your email address", "Your email address must be 254 characters or fewer")
                && !EmailAddresses.looksValid(s.email())) {
            errors.put("email", "Enter an email address in the correct format, like name@example.com");
        }
        if (s.onBehalfOf() != null && !s.onBehalfOf().isBlank()) {
            if (s.onBehalfOf().length() > 100) {
                errors.put("onBehalfOf", "The name of the person you are asking for must be 100 characters or fewer");
            } else if (!printable(s.onBehalfOf(), false)) {
                errors.put("onBehalfOf", "Remove the control characters or broken symbols from this answer");
            } else if (samePerson(s.name(), s.onBehalfOf())) {
                errors.put("onBehalfOf", "Leave this empty when you are asking the question for yourself");
            }
        }
        require(errors, "town", s.town(), 100, "Enter the town or village where you live or work",
                "The town must be 100 characters or fewer");
        if (!Boolean.TRUE.equals(s.livesOrWorksInArea())) {
            errors.put("livesOrWorksInArea", "You can only ask a question if you live or work in the "
                    + site.getCouncilName() + " area. Confirm that you do");
        }
        if (s.addressedTo() == null || QuestionAddressee.fromId(s.addressedTo()).isEmpty()) {
            errors.put("addressedTo", "Select who your question is for");
        }
        if (require(errors, "text", s.text(), MAX_TEXT, "Enter your question",
                "Your question must be 4,000 characters or fewer")) {
            long count = WORD.matcher(s.text()).results().count();
            if (count > settings.wordLimit()) {
                errors.put("text", "Your question must be " + settings.wordLimit() + " words or fewer. It is " + count + " words");
            }
        }
        return errors;
    }

    private ScheduledMeeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> Refusal.breaksRule("meetingId", MeetingService.unknown(id)));
    }

    private void refuseAtTheDoor(QuestionSubmission s, ScheduledMeeting meeting) {
        LocalDateTime deadline = meeting.deadlines().questionDeadline();
        if (LocalDateTime.now(clock).isAfter(deadline)) {
            throw Refusal.breaksRule("text", "Questions for this meeting had to be received by "
                    + words.timeOnDate(deadline) + ". That deadline has passed");
        }
        if (questions.existsActiveFromEmail(meeting.id(), s.email().strip(), QuestionStatus.WITHDRAWN)) {
            throw Refusal.breaksRule("email", "You have already asked a question for this meeting. "
                    + "Each person may ask one question at each meeting");
        }
        refuseASecondQuestionForTheSamePerson(s, meeting);
    }

    /** A question counts for the person it is asked for as well as for the asker. */
    private void refuseASecondQuestionForTheSamePerson(QuestionSubmission s, ScheduledMeeting meeting) {
        for (PublicQuestionRepository.AskedBy earlier : questions.findByMeetingIdAndStatusNotOrderBySubmittedAtAsc(meeting.id(), QuestionStatus.WITHDRAWN)) {
            if (samePerson(s.onBehalfOf(), earlier.getAskerName()) || samePerson(s.onBehalfOf(), earlier.getOnBehalfOf())) {
                throw Refusal.breaksRule("onBehalfOf", "A question by or for " + s.onBehalfOf().strip()
                        + " has already been asked for this meeting. Each person may ask one question at each meeting, "
                        + "including a question asked on their behalf");
            }
            if (samePerson(s.name(), earlier.getOnBehalfOf())) {
                throw Refusal.breaksRule("name", "A question has already been asked on your behalf for this meeting. "
                        + "Each person may ask one question at each meeting, including a question asked on their behalf");
            }
        }
    }

    /** The same name, whatever its case or spacing; an empty name is no one. */
    static boolean samePerson(String one, String other) {
        return one != null && other != null && !one.isBlank() && person(one).equals(person(other));
    }

    private static String person(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean require(Map<String, String> errors, String field, String value, int max, String missing, String tooLong) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
            return false;
        }
        if (value.length() > max) {
            errors.put(field, tooLong);
            return false;
        }
        if (!printable(value, "text".equals(field))) {
            errors.put(field, "Remove the control characters or broken symbols from " + ("text".equals(field) ? "your question" : "this answer"));
            return false;
        }
        return true;
    }

    /** No control characters (bar line breaks and tabs in the question) and no half of a broken emoji. */
    static boolean printable(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)
                    || (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t')))) {
                return false;
            }
        }
        return true;
    }
}
