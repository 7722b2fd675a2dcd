package org.scrutineer.calendar;

import java.util.Optional;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The bank holidays on {@code /actuator/health}, as the component {@code calendar}: WARNING (still
 * answered 200) from {@code scrutineer.calendar.coverage-warning-before} before the last year in
 * {@code config/bank-holidays.json} ends, so that monitoring asks for next years' dates in time.
 */
@Component("calendarHealthIndicator")
class CalendarHealthIndicator implements HealthIndicator {

    static final String WARNING = "WARNING";

    private final CalendarCoverage coverage;

    CalendarHealthIndicator(CalendarCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public Health health() {
        Optional<String> runningOut = coverage.runningOut();
        Health.Builder health = runningOut.map(reason -> Health.status(new Status(WARNING, reason))).orElseGet(Health::up);
        coverage.coveredUntil().ifPresent(until -> health.withDetail("bankHolidaysUntil", until.toString()));
        coverage.warnFrom().ifPresent(from -> health.withDetail("warnsFrom", from.toString()));
        return health.build();
    }
}
