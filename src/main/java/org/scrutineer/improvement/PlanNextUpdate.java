package org.scrutineer.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The next board's round: when the lead is asked, by when they answer, and what the form shows them. */
@Component("planNextUpdate")
class PlanNextUpdate implements JavaDelegate {

    private final ActionProgress progress;
    private final ProgressDates dates;
    private final DateWords words;
    private final ProgressSettings settings;
    private final Clock clock;

    PlanNextUpdate(ActionProgress progress, ProgressDates dates, DateWords words, ProgressSettings settings, Clock clock) {
        this.settings = settings;
        this.progress = progress;
        this.dates = dates;
        this.words = words;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        PlanAction action = progress.get(variables.id("actionId"));
        LocalDate last = variables.text("boardDate").map(LocalDate::parse).orElse(null);
        ProgressDates.Round round = dates.next(last, LondonTime.today(clock));
        execution.setVariable("boardDate", round.board().toString());
        execution.setVariable("boardWords", words.date(round.board()));
        execution.setVariable("updateOpens", LondonTime.at(round.opens(), settings.askedAt()));
        execution.setVariable("updateDue", LondonTime.endOfWorkingDay(round.due()));
        execution.setVariable("boardDue", LondonTime.at(round.board(), settings.askedAt()));
        execution.setVariable("currentRating", action.getBrag().map(b -> b.colour() + ": " + b.meaning()).orElse("Not yet rated"));
        execution.setVariable("milestonesText", milestones(action.getMilestones()));
    }

    private String milestones(List<Milestone> milestones) {
        if (milestones.isEmpty()) {
            return "None";
        }
        return String.join("\n", IntStream.range(0, milestones.size()).mapToObj(i -> {
            Milestone m = milestones.get(i);
            return (i + 1) + ". " + m.getText() + ", " + (m.getDueOn() == null ? "no date yet" : "by " + words.date(m.getDueOn()));
        }).toList());
    }
}
