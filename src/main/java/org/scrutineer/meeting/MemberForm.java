package org.scrutineer.meeting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.calendar.TypedDate;

/** What a clerk types to add a member, kept as typed so that nothing is lost on an error. */
public class MemberForm {

    private String name;
    private String role;
    private String represents;
    private String voting;
    private String fromDay;
    private String fromMonth;
    private String fromYear;
    private String toDay;
    private String toMonth;
    private String toYear;

    /** Field id to message for what cannot be read at all; the rules of membership are {@link Membership}'s. */
    Map<String, String> errors(EnteredDates enteredDates) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (MeetingForm.blank(name)) {
            errors.put("name", "Enter the member's name");
        } else if (name.length() > 255) {
            errors.put("name", "The name must be 255 characters or fewer");
        }
        if (MemberRole.of(role).isEmpty()) {
            errors.put("role", "Choose the role: chair, vice-chair, member or co-opted");
        }
        if (represents != null && represents.length() > 255) {
            errors.put("represents", "What the member represents must be 255 characters or fewer");
        }
        if (MeetingForm.blank(fromDay) || MeetingForm.blank(fromMonth) || MeetingForm.blank(fromYear)) {
            errors.put("from", "Enter the date the term starts, including a day, month and year");
        } else if (from() == null) {
            errors.put("from", "The date the term starts must be a real date, for example 21 5 2025");
        }
        boolean noEnd = TypedDate.empty(toDay, toMonth, toYear);
        if (!noEnd && to() == null) {
            errors.put("to", "The date the term ends must be a real date, for example 20 5 2026, or left empty");
        }
        return errors;
    }

    MemberCandidate candidate() {
        MemberRole read = MemberRole.of(role).orElseThrow();
        boolean votes = read != MemberRole.CO_OPTED || "yes".equals(voting);
        return new MemberCandidate(name, read, represents, votes, from(), to());
    }

    LocalDate from() {
        return TypedDate.of(fromDay, fromMonth, fromYear);
    }

    LocalDate to() {
        return TypedDate.of(toDay, toMonth, toYear);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getRepresents() {
        return represents;
    }

    public void setRepresents(String represents) {
        this.represents = represents;
    }

    public String getVoting() {
        return voting;
    }

    public void setVoting(String voting) {
        this.voting = voting;
    }

    public String getFromDay() {
        return fromDay;
    }

    public void setFromDay(String fromDay) {
        this.fromDay = fromDay;
    }

    public String getFromMonth() {
        return fromMonth;
    }

    public void setFromMonth(String fromMonth) {
        this.fromMonth = fromMonth;
    }

    public String getFromYear() {
        return fromYear;
    }

    public void setFromYear(String fromYear) {
        this.fromYear = fromYear;
    }

    public String getToDay() {
        return toDay;
    }

    public void setToDay(String toDay) {
        this.toDay = toDay;
    }

    public String getToMonth() {
        return toMonth;
    }

    public void setToMonth(String toMonth) {
        this.toMonth = toMonth;
    }

    public String getToYear() {
        return toYear;
    }

    public void setToYear(String toYear) {
        this.toYear = toYear;
    }
}
