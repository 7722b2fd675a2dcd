package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.scrutineer.calendar.LondonTime;
import org.springframework.stereotype.Component;

/**
 * The due dates of a dispute's tasks and timers, at 5pm London time on the working day the
 * protocol sets. Used by the model as {@code ${disputeDates...}}.
 */
@Component("disputeDates")
public class DisputeDates {

    private final DisputeRecords records;
    private final DisputeDeadlines deadlines;
    private final Clock clock;

    DisputeDates(DisputeRecords records, DisputeDeadlines deadlines, Clock clock) {
        this.records = records;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The informal response day (day 5 by default). */
    public Date informalResponseDue(long disputeId) {
        return endOf(records.get(disputeId).getResponseDueBy());
    }

    /** The current tier's response day (day 20 at the first tier by default). */
    public Date formalResponseDue(long disputeId) {
        return endOf(records.get(disputeId).getTierDueBy());
    }

    /** When an unanswered formal dispute counts as unanswered. */
    public Date noResponseBy(long disputeId) {
        return endOf(deadlines.noResponseBy(records.get(disputeId), today()));
    }

    /** The formal meeting day (day 15 by default). */
    public Date meetingDue(long disputeId) {
        return endOf(records.get(disputeId).getMeetingDueBy());
    }

    public Date reviewDue() {
        return endOf(deadlines.review(today()));
    }

    public Date cafcassOutcomeDue(long disputeId) {
        LocalDate referred = records.get(disputeId).getCafcassReferredOn();
        return endOf(deadlines.cafcassOutcome(referred == null ? today() : referred));
    }

    private LocalDate today() {
        return LondonTime.today(clock);
    }

    private static Date endOf(LocalDate day) {
        return LondonTime.endOfWorkingDay(day);
    }
}
