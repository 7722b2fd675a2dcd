package org.scrutineer.question;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Public question settings ({@code scrutineer.questions.*}).
 *
 * @param wordLimit               the most words a question may have
 * @param rateLimitRequests       submissions allowed from one address ...
 * @param rateLimitWindow         ... within this window
 * @param eraseContactDetailsAfter how long after the meeting the asker's email and town are erased
 * @param linkSecret              the key that signs withdrawal links; set your own in production
 * @param answerGroups            addressee id to the group that drafts the answer
 * @param similarityThreshold     the lowest similarity (0 to 1) at which an earlier question is shown to the screener
 */
@ConfigurationProperties("scrutineer.questions")
public record QuestionSettings(
        Integer wordLimit,
        Integer rateLimitRequests,
        Duration rateLimitWindow,
        Period eraseContactDetailsAfter,
        String linkSecret,
        Map<String, String> answerGroups,
        Double similarityThreshold) {

    public QuestionSettings {
        wordLimit = wordLimit == null ? 250 : wordLimit;
        rateLimitRequests = rateLimitRequests == null ? 30 : rateLimitRequests;
        rateLimitWindow = rateLimitWindow == null ? Duration.ofMinutes(10) : rateLimitWindow;
        eraseContactDetailsAfter = eraseContactDetailsAfter == null ? Period.ofMonths(6) : eraseContactDetailsAfter;
        if (linkSecret == null || linkSecret.isBlank()) {
            throw new IllegalStateException("scrutineer.questions.link-secret must be set: it signs the withdrawal links in emails");
        }
        answerGroups = answerGroups == null ? Map.of() : Map.copyOf(answerGroups);
        similarityThreshold = similarityThreshold == null ? 0.3 : similarityThreshold;
    }

    public String answerGroupFor(String addressee) {
        String group = answerGroups.get(addressee);
        if (group == null) {
            throw new IllegalStateException("No answer group is configured for addressee '" + addressee + "'");
        }
        return group;
    }
}
