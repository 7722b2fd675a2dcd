package org.scrutineer.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;

/**
 * Due dates and timers as the engine holds them ({@link Date}, an instant) and as people read them
 * (a day and a time in London). A task due "on" a working day is due at the end of it.
 */
public final class LondonTime {

    public static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

    private LondonTime() {
    }

    /** 5pm London time on {@code day}. */
    public static Date endOfWorkingDay(LocalDate day) {
        return at(day, END_OF_WORKING_DAY);
    }

    public static Date at(LocalDate day, LocalTime time) {
        return at(day.atTime(time));
    }

    public static Date at(LocalDateTime londonTime) {
        return Date.from(londonTime.atZone(AppClock.LONDON).toInstant());
    }

    /** The London day and time of {@code instant}. */
    public static LocalDateTime of(Date instant) {
        return instant.toInstant().atZone(AppClock.LONDON).toLocalDateTime();
    }

    /** Today in London, whatever zone {@code clock} is in. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(AppClock.LONDON));
    }
}
