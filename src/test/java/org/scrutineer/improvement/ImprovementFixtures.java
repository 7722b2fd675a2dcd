package org.scrutineer.improvement;

import org.springframework.stereotype.Component;

/** Improvement plans as the tests need them: imported from CSV rows by the clerk, as a council would. */
@Component
public class ImprovementFixtures {

    /** The heading row of a plan's CSV. */
    static final String COLUMNS = "plan,theme,accountable_lead,ref,area,outcome,action,milestone,milestone_date,lead,brag\n";

    private final PlanImport importer;

    ImprovementFixtures(PlanImport importer) {
        this.importer = importer;
    }

    /** A plan's title no other test uses, so that each import makes a new plan. */
    public static String uniqueTitle(String name) {
        return name + " " + System.nanoTime();
    }

    /** Imports the plan: each row is its CSV columns after the plan's title. Answers the plan's id. */
    public long imported(String title, String... rows) {
        StringBuilder csv = new StringBuilder(COLUMNS);
        for (String row : rows) {
            csv.append(title).append(',').append(row).append('\n');
        }
        return importer.importCsv(csv.toString(), "clerk").planId();
    }
}
