package org.scrutineer.recommendation;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.workprogramme.WorkProgramme;
import org.scrutineer.workprogramme.WorkProgrammeItem;
import org.springframework.stereotype.Component;

/**
 * A recommendation the committee made to itself becomes a proposed item of its work programme, linked
 * both ways; one recorded without its meeting (an imported tracker's) is closed as added, as before.
 */
@Component("addToWorkProgramme")
class AddToWorkProgramme implements JavaDelegate {

    private final RecommendationRecords records;
    private final WorkProgramme programme;
    private final Clock clock;

    AddToWorkProgramme(RecommendationRecords records, WorkProgramme programme, Clock clock) {
        this.records = records;
        this.programme = programme;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Recommendation r = records.of(execution);
        LocalDate today = LocalDate.now(clock.withZone(AppClock.LONDON));
        if (r.getMeetingId() == null) {
            r.close(Closure.ADDED_TO_WORK_PROGRAMME, today);
            return;
        }
        WorkProgrammeItem item = programme.fromRecommendation(r.getId(), r.getMeetingId(), r.getTopic() + ": recommendation " + r.getNumber(), r.getText());
        r.addedToWorkProgramme(item.getId(), today);
    }
}
