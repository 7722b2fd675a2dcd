package org.scrutineer.calendar;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calendar")
class CalendarApiController {

    private static final int MAX_DAYS = 3660;

    private final WorkingDayCalendar calendar;

    CalendarApiController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/working-days/add")
    Map<String, String> add(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam int days) {
        if (days < -MAX_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between -" + MAX_DAYS + " and " + MAX_DAYS);
        }
        return Map.of("date", calendar.addWorkingDays(from, days).toString());
    }

    @GetMapping("/working-days/check")
    Map<String, Object> check(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return Map.of("date", SupportedDates.check(date).toString(), "workingDay", calendar.isWorkingDay(date));
    }
}
