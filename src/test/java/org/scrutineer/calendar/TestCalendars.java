package org.scrutineer.calendar;

import java.time.Clock;

import org.scrutineer.ShippedSettings;
import org.springframework.core.io.FileSystemResource;

/** The calendar as shipped: England and Wales bank holidays from {@code config/bank-holidays.json}, and the shipped window of entered dates. */
public final class TestCalendars {

    private TestCalendars() {
    }

    public static WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(BankHolidays.load(new FileSystemResource("config/bank-holidays.json"), "england-and-wales"));
    }

    public static EnteredDates enteredDates(Clock clock) {
        return new EnteredDates(shippedWindow(), clock, new DateWords());
    }

    public static EnteredDateSettings shippedWindow() {
        return ShippedSettings.of("scrutineer.calendar.entered-dates", EnteredDateSettings.class);
    }
}
