package org.scrutineer.action;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Tracked action settings ({@code scrutineer.actions.*}, set in {@code config/application.yaml}).
 *
 * @param dueWithinWorkingDays an action without a date is due this many working days after its meeting
 * @param linkValidFor         how long the link in a partner's email works
 * @param externalReminders    reminders a partner gets, one a working day once the action is overdue, before democratic services are told
 * @param answerRateLimitRequests answers allowed from one address through partners' links ...
 * @param answerRateLimitWindow   ... within this window
 */
@ConfigurationProperties("scrutineer.actions")
@Validated
public record ActionSettings(@Positive int dueWithinWorkingDays, @NotNull Duration linkValidFor, @PositiveOrZero int externalReminders,
                             @Positive int answerRateLimitRequests, @NotNull Duration answerRateLimitWindow) {
}
