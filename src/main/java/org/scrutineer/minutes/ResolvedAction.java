package org.scrutineer.minutes;

import java.time.LocalDate;

/** An action the minutes set, known by its meeting, minute and its number within the minute (1, 2 ...). */
public record ResolvedAction(int minute, int number, String text, String owner, String ownerEmail, LocalDate dueBy, boolean exempt) {
}
