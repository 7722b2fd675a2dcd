package org.scrutineer.question;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Public question settings ({@code scrutineer.questions.*}, set in {@code config/application.yaml}).
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
@Validated
public record QuestionSettings(
        @NotNull Integer wordLimit,
        @NotNull Integer rateLimitRequests,
        @NotNull Duration rateLimitWindow,
        @NotNull Period eraseContactDetailsAfter,
        String linkSecret,
        @NotNull Map<String, String> answerGroups,
        @NotNull Double similarityThreshold) {

    public QuestionSettings {
        if (linkSecret == null || linkSecret.isBlank()) {
            throw new IllegalStateException("scrutineer.questions.link-secret must be set: it signs the withdrawal and answer links in emails");
        }
        answerGroups = answerGroups == null ? null : Map.copyOf(answerGroups);
    }

    public String answerGroupFor(String addressee) {
        String group = answerGroups.get(addressee);
        if (group == null) {
            throw new IllegalStateException("No answer group is configured for addressee '" + addressee + "'");
        }
        return group;
    }
}
