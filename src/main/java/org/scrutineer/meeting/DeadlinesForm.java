package org.scrutineer.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scrutineer.calendar.TypedDate;

/**
 * What a clerk types to set a meeting's deadlines by hand, kept as typed so that nothing is lost
 * on an error. A deadline changed from what the meeting stores becomes an override; the others
 * stay as they are.
 */
public class DeadlinesForm {

    private String questionDay;
    private String questionMonth;
    private String questionYear;
    private String questionTime;
    private String reportDay;
    private String reportMonth;
    private String reportYear;
    private String agendaDay;
    private String agendaMonth;
    private String agendaYear;
    private String reason;

    static DeadlinesForm of(ScheduledMeeting meeting) {
        DeadlinesForm form = new DeadlinesForm();
        LocalDateTime question = meeting.deadlines().questionDeadline();
        form.questionDay = String.valueOf(question.getDayOfMonth());
        form.questionMonth = String.valueOf(question.getMonthValue());
        form.questionYear = String.valueOf(question.getYear());
        form.questionTime = String.format("%02d:%02d", question.getHour(), question.getMinute());
        LocalDate report = meeting.deadlines().reportDeadline();
        form.reportDay = String.valueOf(report.getDayOfMonth());
        form.reportMonth = String.valueOf(report.getMonthValue());
        form.reportYear = String.valueOf(report.getYear());
        LocalDate agenda = meeting.deadlines().agendaPublicationDate();
        form.agendaDay = String.valueOf(agenda.getDayOfMonth());
        form.agendaMonth = String.valueOf(agenda.getMonthValue());
        form.agendaYear = String.valueOf(agenda.getYear());
        form.reason = meeting.deadlineOverrideReason();
        return form;
    }

    /** Field id to message, in the order the fields appear; empty when the form is good. */
    Map<String, String> errors(ScheduledMeeting meeting) {
        Map<String, String> errors = new LinkedHashMap<>();
        date(errors, "questionDeadline", questionDay, questionMonth, questionYear, "the question deadline");
        if (MeetingForm.blank(questionTime)) {
            errors.put("questionTime", "Enter the time questions close");
        } else if (MeetingForm.timeOf(questionTime) == null) {
            errors.put("questionTime", "Enter the time questions close like 17:00 or 5pm");
        }
        date(errors, "reportDeadline", reportDay, reportMonth, reportYear, "the report deadline");
        date(errors, "agendaPublicationDate", agendaDay, agendaMonth, agendaYear, "the agenda publication date");
        if (errors.isEmpty() && override(meeting).isEmpty()) {
            errors.put("questionDeadline", "Change at least one deadline, or go back to the meeting");
        }
        if (errors.isEmpty() && MeetingForm.blank(reason)) {
            errors.put("deadlineOverrideReason", "Enter the reason for changing the deadlines");
        } else if (reason != null && reason.length() > OverriddenDeadlineChecks.MAX_REASON) {
            errors.put("deadlineOverrideReason", "The reason must be " + OverriddenDeadlineChecks.MAX_REASON + " characters or fewer");
        }
        return errors;
    }

    /** The deadlines that differ from what the meeting stores, with the reason. */
    DeadlineOverride override(ScheduledMeeting meeting) {
        MeetingDeadlines now = meeting.deadlines();
        LocalDate questionDate = TypedDate.of(questionDay, questionMonth, questionYear);
        LocalTime time = MeetingForm.timeOf(questionTime);
        LocalDateTime question = questionDate == null || time == null ? null : questionDate.atTime(time);
        LocalDate report = TypedDate.of(reportDay, reportMonth, reportYear);
        LocalDate agenda = TypedDate.of(agendaDay, agendaMonth, agendaYear);
        return new DeadlineOverride(
                question == null || question.equals(now.questionDeadline()) ? null : question,
                report == null || report.equals(now.reportDeadline()) ? null : report,
                agenda == null || agenda.equals(now.agendaPublicationDate()) ? null : agenda,
                reason);
    }

    private static void date(Map<String, String> errors, String field, String day, String month, String year, String what) {
        if (MeetingForm.blank(day) || MeetingForm.blank(month) || MeetingForm.blank(year)) {
            errors.put(field, "Enter " + what + ", including a day, month and year");
        } else if (TypedDate.of(day, month, year) == null) {
            errors.put(field, capitalised(what) + " must be a real date, for example 12 3 2025");
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public String getQuestionDay() {
        return questionDay;
    }

    public void setQuestionDay(String questionDay) {
        this.questionDay = questionDay;
    }

    public String getQuestionMonth() {
        return questionMonth;
    }

    public void setQuestionMonth(String questionMonth) {
        this.questionMonth = questionMonth;
    }

    public String getQuestionYear() {
        return questionYear;
    }

    public void setQuestionYear(String questionYear) {
        this.questionYear = questionYear;
    }

    public String getQuestionTime() {
        return questionTime;
    }

    public void setQuestionTime(String questionTime) {
        this.questionTime = questionTime;
    }

    public String getReportDay() {
        return reportDay;
    }

    public void setReportDay(String reportDay) {
        this.reportDay = reportDay;
    }

    public String getReportMonth() {
        return reportMonth;
    }

    public void setReportMonth(String reportMonth) {
        this.reportMonth = reportMonth;
    }

    public String getReportYear() {
        return reportYear;
    }

    public void setReportYear(String reportYear) {
        this.reportYear = reportYear;
    }

    public String getAgendaDay() {
        return agendaDay;
    }

    public void setAgendaDay(String agendaDay) {
        this.agendaDay = agendaDay;
    }

    public String getAgendaMonth() {
        return agendaMonth;
    }

    public void setAgendaMonth(String agendaMonth) {
        this.agendaMonth = agendaMonth;
    }

    public String getAgendaYear() {
        return agendaYear;
    }

    public void setAgendaYear(String agendaYear) {
        this.agendaYear = agendaYear;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
