package org.scrutineer.notification;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Reminder settings ({@code scrutineer.reminders.*}, set in {@code config/application.yaml}).
 *
 * @param escalateAfterWorkingDays a task overdue by more than this many working days is escalated
 * @param defaultEscalationGroup   who receives escalations for a process with no group of its own
 * @param escalationGroups         process key to escalation group, for the processes with a group of their own
 */
@ConfigurationProperties("scrutineer.reminders")
@Validated
public record ReminderSettings(@NotNull Integer escalateAfterWorkingDays, @NotBlank String defaultEscalationGroup,
                               Map<String, String> escalationGroups) {

    public ReminderSettings {
        escalationGroups = escalationGroups == null ? Map.of() : Map.copyOf(escalationGroups);
    }

    public String escalationGroupFor(String processKey) {
        return escalationGroups.getOrDefault(processKey, defaultEscalationGroup);
    }
}
