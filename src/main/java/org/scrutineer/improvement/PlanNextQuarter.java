package org.scrutineer.improvement;

import java.math.BigDecimal;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The earliest quarter with no actual yet: when it ends, when its actual is due, and its target as the form shows it. */
@Component("planNextQuarter")
class PlanNextQuarter implements JavaDelegate {

    private final Measures measures;
    private final DateWords words;

    PlanNextQuarter(Measures measures, DateWords words) {
        this.measures = measures;
        this.words = words;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Measure measure = measures.get(ProcessVariables.of(execution).id("measureId"));
        Optional<MeasureQuarter> next = measure.nextToRecord();
        execution.setVariable("quarterToRecord", next.isPresent());
        next.ifPresent(quarter -> {
            execution.setVariable("quarterEnd", quarter.getQuarterEnd().toString());
            execution.setVariable("quarterWords", "The quarter ending " + words.date(quarter.getQuarterEnd()));
            execution.setVariable("quarterEnds", LondonTime.endOfWorkingDay(quarter.getQuarterEnd()));
            execution.setVariable("actualDue", LondonTime.endOfWorkingDay(measures.due(quarter.getQuarterEnd())));
            execution.setVariable("targetText", plain(quarter.getTarget()) + (measure.getUnit() == null ? "" : " " + measure.getUnit())
                    + (measure.isHigherBetter() ? ", higher is better" : ", lower is better"));
        });
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
