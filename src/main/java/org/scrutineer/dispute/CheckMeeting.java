package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.web.EngineRuleRefusal;
import org.springframework.stereotype.Component;

/**
 * Refuses a record of the formal dispute meeting without the date it was held (within the formal
 * stage, not in the future), who attended by role, or the plan agreed.
 */
@Component("checkMeeting")
class CheckMeeting implements TaskListener {

    private final DisputeRecords records;
    private final DateWords words;
    private final Clock clock;

    CheckMeeting(DisputeRecords records, DateWords words, Clock clock) {
        this.records = records;
        this.words = words;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate heldOn = DisputeMeeting.heldOn(task);
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new EngineRuleRefusal("The meeting date cannot be in the future");
        }
        LocalDate formalStage = records.of(task).getFormalStartedOn();
        if (formalStage != null && heldOn.isBefore(formalStage)) {
            throw new EngineRuleRefusal("The formal dispute meeting is part of the formal stage, which began on "
                    + words.date(formalStage) + ". Enter the date it was held, on or after that day");
        }
        DisputeMeeting.of(task);
    }
}
