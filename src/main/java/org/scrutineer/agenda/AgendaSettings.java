package org.scrutineer.agenda;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Agenda settings ({@code scrutineer.agenda.*}, set in {@code config/application.yaml}).
 *
 * @param wording what each standard item says, by its kind, with the meeting's own dates filled in
 *                ({@code {previousMeeting}}, {@code {questionDeadline}}, {@code {contact}},
 *                {@code {nextMeeting}}); {@code minutes-none} and {@code next-meeting-none} say it
 *                when there is no such meeting
 * @param questionsSupplementWait how long after an answer is approved the questions supplement is
 *                published again, so that answers approved together make one new version
 */
@ConfigurationProperties("scrutineer.agenda")
@Validated
public record AgendaSettings(@NotNull Map<String, String> wording, @NotNull Duration questionsSupplementWait) {
}
