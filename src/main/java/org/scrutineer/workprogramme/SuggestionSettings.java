package org.scrutineer.workprogramme;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Topic suggestion settings ({@code scrutineer.topic-suggestions.*}, set in {@code config/application.yaml}).
 *
 * @param rateLimitRequests      suggestions allowed from one address ...
 * @param rateLimitWindow        ... within this window, on the form and the API together
 * @param screenWithinWorkingDays democratic services screen a suggestion within this many working days
 */
@ConfigurationProperties("scrutineer.topic-suggestions")
@Validated
public record SuggestionSettings(@Positive int rateLimitRequests, @NotNull Duration rateLimitWindow, @Positive int screenWithinWorkingDays) {
}
