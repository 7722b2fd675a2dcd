package org.scrutineer.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which years the bank holidays in {@code config/bank-holidays.json} cover, and what to tell people
 * about a date outside them: it was worked out as if the year had no bank holidays.
 */
@Component
public class CalendarCoverage {

    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final Period warnBefore;
    private final DateWords words;

    CalendarCoverage(WorkingDayCalendar calendar, Clock clock,
                     @Value("${scrutineer.calendar.coverage-warning-before}") Period warnBefore, DateWords words) {
        this.calendar = calendar;
        this.clock = clock;
        this.warnBefore = warnBefore;
        this.words = words;
    }

    /** What to say about dates in years the calendar does not cover; null when it covers them all. */
    public String warningFor(LocalDate... dates) {
        return warningFor(Arrays.asList(dates));
    }

    /** What to say about dates in years the calendar does not cover; null when it covers them all. */
    public String warningFor(Collection<LocalDate> dates) {
        List<String> years = dates.stream().filter(Objects::nonNull).filter(d -> !calendar.covers(d))
                .map(LocalDate::getYear).distinct().sorted().map(String::valueOf).toList();
        if (years.isEmpty()) {
            return null;
        }
        String named = years.size() == 1 ? years.get(0)
                : String.join(", ", years.subList(0, years.size() - 1)) + " and " + years.get(years.size() - 1);
        return "Bank holidays for " + named + " are not in the calendar yet, so dates in " + named
                + " were worked out without them and may fall on a bank holiday. Check them by hand, and ask an administrator"
                + " to add " + named + " to config/bank-holidays.json.";
    }

    /** The last day whose bank holidays are known; empty when none are. */
    public Optional<LocalDate> coveredUntil() {
        return calendar.coveredUntil();
    }

    /** The day from which the health check warns that the known bank holidays are running out. */
    public Optional<LocalDate> warnFrom() {
        return coveredUntil().map(last -> last.plusDays(1).minus(warnBefore));
    }

    /** Why the calendar needs its next years' bank holidays now, or empty while it does not. */
    public Optional<String> runningOut() {
        Optional<LocalDate> until = coveredUntil();
        if (until.isEmpty()) {
            return Optional.of("No bank holidays are loaded, so every deadline ignores them. Put GOV.UK's bank-holidays.json"
                    + " in config/bank-holidays.json and restart.");
        }
        LocalDate today = LondonTime.today(clock);
        if (today.isBefore(warnFrom().orElseThrow())) {
            return Optional.empty();
        }
        int next = until.get().getYear() + 1;
        String known = "Bank holidays are known only until " + words.shortDate(until.get());
        String passed = today.isAfter(until.get()) ? ", which has passed: deadlines from then on ignore bank holidays" : "";
        return Optional.of(known + passed + ". Add " + next + " and later years from https://www.gov.uk/bank-holidays.json"
                + " to config/bank-holidays.json and restart.");
    }
}
