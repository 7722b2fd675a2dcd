package org.scrutineer.notification;

import java.time.LocalDateTime;
import java.util.List;

/** An overdue task as a reminder shows it: no business key, no variables, only what the model names. */
public record OverdueTask(String taskId, String name, String processKey, String processName, LocalDateTime due,
                          int workingDaysOverdue, String link, List<Recipient> recipients) {
}
