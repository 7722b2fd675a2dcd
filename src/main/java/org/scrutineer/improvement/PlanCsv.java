package org.scrutineer.improvement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scrutineer.web.SpreadsheetCsv;

/**
 * A plan as the rows its import reads, one per milestone of each action (an action without a
 * milestone has one row), every cell neutralised where a spreadsheet would run it, so that the file
 * imported again changes nothing.
 */
final class PlanCsv {

    private PlanCsv() {
    }

    static String write(ImprovementPlan plan, List<PlanAction> actions) {
        List<List<?>> rows = new ArrayList<>();
        for (PlanAction action : actions) {
            String outcome = action.getOutcomes().stream().findFirst().map(PlanOutcome::getTitle).orElse("");
            String area = action.getArea() == null ? "" : action.getArea().getTitle();
            String brag = action.getBrag().map(Brag::id).orElse("");
            if (action.getMilestones().isEmpty()) {
                rows.add(row(plan, action, area, outcome, "", "", brag));
            }
            for (Milestone milestone : action.getMilestones()) {
                rows.add(row(plan, action, area, outcome, milestone.getText(), milestone.getDueOn() == null ? "" : milestone.getDueOn().toString(), brag));
            }
        }
        return SpreadsheetCsv.write(PlanImport.COLUMNS, rows);
    }

    private static List<?> row(ImprovementPlan plan, PlanAction action, String area, String outcome, String milestone, String date, String brag) {
        PlanTheme theme = action.getTheme();
        return Arrays.asList(plan.getTitle(), theme.getName(), theme.getAccountableLead(), action.getRef(), area, outcome, action.getText(),
                milestone, date, action.getLead(), brag);
    }
}
