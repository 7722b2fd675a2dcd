package org.scrutineer.recommendation;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.calendar.AppClock;
import org.springframework.stereotype.Component;

/** A recommendation the committee made to itself becomes an item of its work programme. */
@Component("addToWorkProgramme")
class AddToWorkProgramme implements JavaDelegate {

    private final RecommendationRecords records;
    private final Clock clock;

    AddToWorkProgramme(RecommendationRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.of(execution).close(Closure.ADDED_TO_WORK_PROGRAMME, LocalDate.now(clock.withZone(AppClock.LONDON)));
    }
}
