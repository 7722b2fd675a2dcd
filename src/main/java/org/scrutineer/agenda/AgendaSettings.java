package org.scrutineer.agenda;

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
 */
@ConfigurationProperties("scrutineer.agenda")
@Validated
public record AgendaSettings(@NotNull Map<String, String> wording) {
}
