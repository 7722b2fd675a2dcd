package org.scrutineer.recommendation;

import java.time.LocalDate;

/**
 * When the executive's response is due: two calendar months after the recommendation was sent,
 * or 28 days for health scrutiny and crime and disorder scrutiny. A month that has no such day
 * ends the period on its last day (sent 31 December, due 28 or 29 February).
 */
final class ResponseDueDate {

    private ResponseDueDate() {
    }

    static LocalDate after(LocalDate sent, ScrutinyType type) {
        return type == ScrutinyType.GENERAL ? sent.plusMonths(2) : sent.plusDays(28);
    }
}
