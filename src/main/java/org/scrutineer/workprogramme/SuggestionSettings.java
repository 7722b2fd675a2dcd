package org.scrutineer.workprogramme;

import java.time.Duration;
import java.time.Period;

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
 * @param eraseContactDetailsAfter the suggester's name, email and town are erased this long after the outcome
 */
@ConfigurationProperties("scrutineer.topic-suggestions")
@Validated
public record SuggestionSettings(@Positive int rateLimitRequests, @NotNull Duration rateLimitWindow, @Positive int screenWithinWorkingDays,
                                 @NotNull Period eraseContactDetailsAfter) {
}
