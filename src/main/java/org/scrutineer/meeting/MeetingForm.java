package org.scrutineer.meeting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.calendar.TypedDate;

/** What a clerk types to schedule or move a meeting, kept as typed so that nothing is lost on an error. */
public class MeetingForm {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?$");

    private String committee;
    private String day;
    private String month;
    private String year;
    private String time;
    private String venue;

    static MeetingForm of(ScheduledMeeting meeting) {
        MeetingForm form = new MeetingForm();
        LocalDateTime startsAt = meeting.startsAt();
        form.committee = meeting.committee().id();
        form.day = String.valueOf(startsAt.getDayOfMonth());
        form.month = String.valueOf(startsAt.getMonthValue());
        form.year = String.valueOf(startsAt.getYear());
        form.time = String.format("%02d:%02d", startsAt.getHour(), startsAt.getMinute());
        form.venue = meeting.venue();
        return form;
    }

    /** Field id to message, in the order the fields appear; empty when the form is good. */
    Map<String, String> errors(Committees committees, EnteredDates enteredDates) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (committees.find(committee).isEmpty()) {
            errors.put("committee", "Select the committee");
        }
        if (blank(day) || blank(month) || blank(year)) {
            errors.put("date", "Enter the date of the meeting, including a day, month and year");
        } else if (date() == null) {
            errors.put("date", "The date of the meeting must be a real date, for example 18 3 2025");
        } else if (!enteredDates.contains(date())) {
            errors.put("date", "The date of the meeting must be " + enteredDates.between());
        }
        if (blank(time)) {
            errors.put("time", "Enter the time the meeting starts");
        } else if (startTime() == null) {
            errors.put("time", "Enter the start time like 14:00 or 2pm");
        }
        if (venue != null && venue.length() > 255) {
            errors.put("venue", "The venue must be 255 characters or fewer");
        }
        return errors;
    }

    LocalDateTime startsAt() {
        return LocalDateTime.of(date(), startTime());
    }

    LocalDate date() {
        return TypedDate.of(day, month, year);
    }

    LocalTime startTime() {
        return timeOf(time);
    }

    /** A time typed like 14:00, 2pm or 2.30pm; null when it is not one. */
    static LocalTime timeOf(String time) {
        if (time == null) {
            return null;
        }
        Matcher m = TIME.matcher(time.strip().toLowerCase(Locale.UK));
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + ("pm".equals(half) ? 12 : 0);
        }
        try {
            return LocalTime.of(hour, minute);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }
}
