package org.scrutineer.improvement;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The owner completes recordMeasureActual: the quarter's actual is checked and kept; the rating is worked out from it. */
@Component("saveMeasureActual")
class SaveMeasureActual implements TaskListener {

    private final Measures measures;

    SaveMeasureActual(Measures measures) {
        this.measures = measures;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables input = ProcessVariables.of(task);
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        Object actual = task.getVariable("actual");
        measures.record(input.id("measureId"), LocalDate.parse(input.text("quarterEnd", "the quarter")),
                actual == null ? null : actual.toString(), user == null ? null : user.getUserId());
        task.getExecution().removeVariable("actual");
    }
}
