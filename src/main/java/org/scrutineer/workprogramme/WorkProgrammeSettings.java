package org.scrutineer.workprogramme;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Work programme settings ({@code scrutineer.work-programme.*}, set in {@code config/application.yaml}).
 *
 * @param reportPromptWorkingDays a scheduled item with no report registered this many working days before its meeting's report
 *                                deadline is in democratic services' digest each morning until the deadline
 */
@ConfigurationProperties("scrutineer.work-programme")
@Validated
public record WorkProgrammeSettings(@Positive int reportPromptWorkingDays) {
}
