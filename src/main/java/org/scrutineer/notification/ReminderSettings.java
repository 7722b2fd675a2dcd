package org.scrutineer.notification;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reminder settings ({@code scrutineer.reminders.*}).
 *
 * @param escalateAfterWorkingDays a task overdue by more than this many working days is escalated
 * @param defaultEscalationGroup   who receives escalations for a process with no group of its own
 * @param escalationGroups         process key to escalation group
 */
@ConfigurationProperties("scrutineer.reminders")
public record ReminderSettings(Integer escalateAfterWorkingDays, String defaultEscalationGroup,
                               Map<String, String> escalationGroups) {

    public ReminderSettings {
        escalateAfterWorkingDays = escalateAfterWorkingDays == null ? 3 : escalateAfterWorkingDays;
        defaultEscalationGroup = defaultEscalationGroup == null ? "democratic-services" : defaultEscalationGroup;
        escalationGroups = escalationGroups == null ? Map.of() : Map.copyOf(escalationGroups);
    }

    public String escalationGroupFor(String processKey) {
        return escalationGroups.getOrDefault(processKey, defaultEscalationGroup);
    }
}
