package org.scrutineer.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
    private final CalendarCoverage coverage;

    CalendarApiController(WorkingDayCalendar calendar, CalendarCoverage coverage) {
        this.calendar = calendar;
        this.coverage = coverage;
    }

    @GetMapping("/working-days/add")
    Map<String, Object> add(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam int days) {
        if (days < -MAX_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between -" + MAX_DAYS + " and " + MAX_DAYS);
        }
        LocalDate date = calendar.addWorkingDays(from, days);
        return answer(Map.of("date", date.toString()), coverage.warningFor(from, date));
    }

    @GetMapping("/working-days/check")
    Map<String, Object> check(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return answer(Map.of("date", SupportedDates.check(date).toString(), "workingDay", calendar.isWorkingDay(date)),
                coverage.warningFor(date));
    }

    private static Map<String, Object> answer(Map<String, Object> fields, String calendarWarning) {
        Map<String, Object> answer = new LinkedHashMap<>(fields);
        if (calendarWarning != null) {
            answer.put("calendarWarning", calendarWarning);
        }
        return answer;
    }
}
