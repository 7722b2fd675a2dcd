package org.scrutineer.improvement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.task.Task;
import org.scrutineer.meeting.DemoContribution;
import org.scrutineer.meeting.DemoStory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo year's improvement plan: the clerk imports the children's services plan from
 * {@code config/demo/improvement-plan.csv} as the story begins, with its caseload measure and the
 * commissioner's recommendation; before each board the leads update their actions, and each quarter
 * the service manager records the caseload. The update for the next board is open in the Tasklist.
 *
 * <p>A milestone date in the file is written {@code {month+N}}: the last day of the N-th month after
 * the story begins, so that the plan stays live whatever day the demo is seeded.
 */
@Component
class ImprovementDemo implements DemoContribution {

    static final String FILE = "improvement-plan.csv";
    private static final Pattern MONTH = Pattern.compile("\\{month\\+(\\d+)}");
    private static final String CLERK = "clerk";
    private static final String MEASURE_OWNER = "service-manager";
    private static final List<String> ACTUALS = List.of("22.6", "21.2", "19.4", "18.3");

    /** What each lead writes at each board in turn; the last is written again at any later board. */
    private static final Map<String, List<ActionProgress.Update>> UPDATES = Map.of(
            "W1.1", List.of(update("Eleven offers made to permanent social workers; the market supplement is agreed.", "green", null),
                    update("Caseloads in the assessment teams are down from 24 to 22; nine of the eleven are in post.", "green", null)),
            "W1.2", List.of(update("Half of the teams have audited supervision this month.", "amber", "Two team managers were on leave; "
                            + "their audits are booked for the first week of next month."),
                    update("Every team audited supervision this month; the findings went to the practice board.", "green", null)),
            "P1.1", List.of(update("The templates are written and tested with two teams.", "red", "The case record supplier moved its "
                            + "release back by six weeks, so the templates cannot go live when planned."),
                    update("The supplier's release is booked and training is set for the teams.", "amber", "Go-live is four weeks "
                            + "behind the milestone; the teams are trained first so that no record is lost.")),
            "P1.2", List.of(update("Not started: it follows the new review invitation letter.", "grey", null),
                    update("The advocacy service has agreed the offer; invitations carry it from next month.", "green", null)),
            "P2.1", List.of(update("The partners' workshop is booked for next month.", "green", null)));

    private final PlanImport importer;
    private final PlanActionRepository actions;
    private final Measures measures;
    private final Recommendations recommendations;
    private final ProgressDates dates;
    private final JdbcTemplate jdbc;

    ImprovementDemo(PlanImport importer, PlanActionRepository actions, Measures measures, Recommendations recommendations,
                    ProgressDates dates, JdbcTemplate jdbc) {
        this.importer = importer;
        this.actions = actions;
        this.measures = measures;
        this.recommendations = recommendations;
        this.dates = dates;
        this.jdbc = jdbc;
    }

    private static ActionProgress.Update update(String progress, String brag, String reason) {
        return new ActionProgress.Update(progress, brag, reason, null, null, null, null);
    }

    @Override
    public void plan(DemoStory story) {
        LocalDate begins = story.begins().toLocalDate();
        LocalDateTime imported = story.workingDays(begins, 1, 10);
        if (!imported.isBefore(story.now())) {
            return;
        }
        long[] ids = new long[2];
        story.on(imported, "the clerk imports the children's services improvement plan", () -> {
            ids[0] = importer.importCsv(withDates(story.text(FILE), begins), CLERK).planId();
            ids[1] = measures.add(ids[0], new MeasureRequest("Average caseload in the assessment teams", "children per social worker", "lower",
                    "24", MEASURE_OWNER, "The case management system", targets(begins))).getId();
            recommendations.add(ids[0], new RecommendationRequest("commissioner", begins.minusDays(30).toString(),
                    "Reduce caseloads so that social workers know their children and have the time to see them", "progressing",
                    begins.plusMonths(6).toString(), List.of("W1.1")));
        });
        int round = 0;
        ProgressDates.Round board = dates.next(null, imported.toLocalDate());
        for (LocalDateTime written = story.workingDays(board.due(), -2, 11); written.isBefore(story.now());
             board = dates.round(dates.board(YearMonth.from(board.board()).plusMonths(1))), written = story.workingDays(board.due(), -2, 11)) {
            if (written.isAfter(imported)) {
                int index = round++;
                story.on(written, "the leads update the plan's actions for the board of " + board.board(), () -> updateEveryAction(story, ids[0], index));
            }
        }
        int quarter = 0;
        for (MeasureRequest.Target target : targets(begins)) {
            LocalDateTime recorded = story.workingDays(LocalDate.parse(target.quarterEnd()), 3, 10);
            if (!recorded.isBefore(story.now())) {
                break;
            }
            String actual = ACTUALS.get(quarter++);
            story.on(recorded, "the service manager records the quarter's caseload", () -> story.tasks(Measures.PROCESS, Measures.businessKey(ids[1]),
                    "recordMeasureActual").stream().findFirst().ifPresent(task -> story.complete(MEASURE_OWNER, task, Map.of("actual", actual))));
        }
    }

    private void updateEveryAction(DemoStory story, long planId, int round) {
        for (PlanAction action : actions.findByPlanIdOrderByPositionAsc(planId)) {
            List<ActionProgress.Update> script = UPDATES.get(action.getRef());
            List<Task> open = story.tasks(ActionProgress.PROCESS, ActionProgress.businessKey(action.getId()), "updateActionProgress");
            if (script == null || open.size() != 1 || open.get(0).getAssignee() == null) {
                continue;
            }
            ActionProgress.Update update = script.get(Math.min(round, script.size() - 1));
            Map<String, Object> form = new HashMap<>();
            form.put("progress", update.progress());
            form.put("brag", update.brag());
            form.put("reason", update.reason());
            story.complete(open.get(0).getAssignee(), open.get(0), form);
        }
    }

    /** The caseload's targets for the end of the four quarters after the story begins. */
    private static List<MeasureRequest.Target> targets(LocalDate begins) {
        List<MeasureRequest.Target> targets = new ArrayList<>();
        List<String> values = List.of("22", "20", "19", "18");
        YearMonth quarterEnd = YearMonth.from(begins).plusMonths(2 - (begins.getMonthValue() - 1) % 3);
        for (String value : values) {
            targets.add(new MeasureRequest.Target(quarterEnd.atEndOfMonth().toString(), value));
            quarterEnd = quarterEnd.plusMonths(3);
        }
        return targets;
    }

    /** The file with each {@code {month+N}} written as the last day of the N-th month after {@code begins}. */
    static String withDates(String csv, LocalDate begins) {
        Matcher month = MONTH.matcher(csv);
        StringBuilder dated = new StringBuilder();
        while (month.find()) {
            month.appendReplacement(dated, YearMonth.from(begins).plusMonths(Integer.parseInt(month.group(1))).atEndOfMonth().toString());
        }
        return month.appendTail(dated).toString();
    }

    @Override
    public void forget() {
        for (String table : List.of("improvement_agenda_report", "improvement_recommendation_review", "improvement_recommendation_action",
                "improvement_recommendation", "improvement_measure_quarter", "improvement_measure", "improvement_milestone_revision",
                "improvement_update", "improvement_milestone", "improvement_action_outcome", "improvement_action", "improvement_outcome",
                "improvement_area", "improvement_theme", "improvement_plan")) {
            jdbc.update("delete from " + table);
        }
    }
}
