package org.scrutineer.recommendation;

import java.time.LocalDate;

/** One line of an executive response's action plan. */
public record ActionPlanItem(String action, String owner, LocalDate byWhen, String successMeasure) {
}
