package org.scrutineer.calendar;

import org.springframework.core.io.FileSystemResource;

/** The calendar as shipped: England and Wales bank holidays from {@code config/bank-holidays.json}. */
public final class TestCalendars {

    private TestCalendars() {
    }

    public static WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(BankHolidays.load(new FileSystemResource("config/bank-holidays.json"), "england-and-wales"));
    }
}
