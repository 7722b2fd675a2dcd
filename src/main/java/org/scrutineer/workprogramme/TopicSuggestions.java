package org.scrutineer.workprogramme;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.meeting.Committee;
import org.scrutineer.meeting.Committees;
import org.scrutineer.notification.MailSettings;
import org.scrutineer.web.EmailAddresses;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Topics the public suggest for a committee's work programme: each checked at the door and started
 * as a {@code topic-suggestion} process (business key {@code topic-<id>}), and democratic services'
 * decision on it: a new proposed item, merged into an existing one, or declined with the reason.
 */
@Service
public class TopicSuggestions {

    static final String PROCESS = "topic-suggestion";

    private final TopicSuggestionRepository suggestions;
    private final WorkProgramme programme;
    private final Committees committees;
    private final RuntimeService runtimeService;
    private final MailSettings mail;
    private final Clock clock;

    TopicSuggestions(TopicSuggestionRepository suggestions, WorkProgramme programme, Committees committees, RuntimeService runtimeService,
                     MailSettings mail, Clock clock) {
        this.suggestions = suggestions;
        this.programme = programme;
        this.committees = committees;
        this.runtimeService = runtimeService;
        this.mail = mail;
        this.clock = clock;
    }

    static String businessKey(long id) {
        return "topic-" + id;
    }

    @Transactional
    public TopicSuggestion submit(String committeeId, TopicSuggestionSubmission s) {
        Committee committee = committees.get(committeeId);
        Map<String, String> errors = check(s);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        TopicSuggestion suggestion = suggestions.save(new TopicSuggestion(committee.id(), s, clock.instant()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("suggestionId", suggestion.getId());
        variables.put("committeeName", committee.name());
        variables.put("topic", suggestion.getTopic());
        variables.put("suggestionReason", suggestion.getReason());
        variables.put("programmeLink", mail.publicUrl() + "/staff/work-programme?committee=" + committee.id());
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey(suggestion.getId()), variables);
        return suggestion;
    }

    @Transactional(readOnly = true)
    public TopicSuggestion get(long id) {
        return suggestions.findById(id).orElseThrow(() -> NotFound.withId("topic suggestion", id));
    }

    /** Democratic services' decision: accept, merge (into item {@code mergeInto} of the committee's programme) or decline (with the reason). */
    @Transactional
    public TopicSuggestion decide(long id, String decision, String declineReason, Long mergeInto) {
        TopicSuggestion suggestion = get(id);
        switch (decision == null ? "" : decision) {
            case "accept" -> {
                WorkProgrammeItem item = programme.add(suggestion.getCommitteeId(), new WorkProgrammeChange(suggestion.getTopic(),
                        suggestion.getReason(), null, null, ScrutinyForm.COMMITTEE_ITEM.id(), null, ItemSource.PUBLIC_SUGGESTION.id(),
                        ItemStatus.PROPOSED.id(), null, null));
                suggestion.taken(TopicSuggestion.ACCEPTED, item.getId(), clock.instant());
            }
            case "merge" -> {
                WorkProgrammeItem item = mergeInto == null ? null : programme.find(mergeInto).orElse(null);
                if (item == null || !item.getCommitteeId().equals(suggestion.getCommitteeId())) {
                    throw new EngineRuleRefusal("Give the number of the work programme item of this committee to merge the suggestion into");
                }
                suggestion.taken(TopicSuggestion.MERGED, item.getId(), clock.instant());
            }
            case "decline" -> {
                if (declineReason == null || declineReason.isBlank()) {
                    throw new EngineRuleRefusal("Say why the suggestion is declined: the suggester is told");
                }
                if (declineReason.length() > 2000) {
                    throw new EngineRuleRefusal("The reason must be 2000 characters or fewer");
                }
                suggestion.declined(declineReason.strip(), clock.instant());
            }
            default -> throw new EngineRuleRefusal("Choose whether to accept the suggestion, merge it into an item, or decline it");
        }
        return suggestion;
    }

    private static Map<String, String> check(TopicSuggestionSubmission s) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s == null) {
            errors.put("topic", "Suggest a topic");
            return errors;
        }
        text(errors, "name", s.name(), 200, "Enter your full name");
        if (s.email() == null || s.email().isBlank()) {
            errors.put("email", "Enter your email address, so we can tell you what happens to your suggestion");
        } else if (!EmailAddresses.looksValid(s.email())) {
            errors.put("email", "Enter an email address in the right format, like name@example.com");
        }
        text(errors, "town", s.town(), 200, "Enter the town or village where you live or work");
        if (!Boolean.TRUE.equals(s.livesOrWorksInArea())) {
            errors.put("livesOrWorksInArea", "Confirm that you live or work in the area");
        }
        text(errors, "topic", s.topic(), 500, "Suggest a topic");
        text(errors, "reason", s.reason(), 4000, "Say why the committee should look at it");
        return errors;
    }

    private static void text(Map<String, String> errors, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.strip().length() > max) {
            errors.put(field, "This must be " + max + " characters or fewer");
        }
    }
}
