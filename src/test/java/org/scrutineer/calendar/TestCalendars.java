package org.scrutineer.calendar;

import java.time.Clock;

import org.springframework.core.io.FileSystemResource;

/** The calendar as shipped: England and Wales bank holidays from {@code config/bank-holidays.json}, and the default window of entered dates. */
public final class TestCalendars {

    private TestCalendars() {
    }

    public static WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(BankHolidays.load(new FileSystemResource("config/bank-holidays.json"), "england-and-wales"));
    }

    public static EnteredDates enteredDates(Clock clock) {
        return new EnteredDates(new EnteredDateSettings(null, null), clock, new DateWords());
    }
}
