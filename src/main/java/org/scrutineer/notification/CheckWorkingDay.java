package org.scrutineer.notification;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

@Component("checkWorkingDay")
class CheckWorkingDay implements JavaDelegate {

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CheckWorkingDay(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        execution.setVariable("sweepDate", today.toString());
        execution.setVariable("workingDay", calendar.isWorkingDay(today));
    }
}
