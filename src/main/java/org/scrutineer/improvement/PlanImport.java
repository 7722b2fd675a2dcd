package org.scrutineer.improvement;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.calendar.SpreadsheetDates;
import org.scrutineer.identity.StaffDirectory;
import org.scrutineer.publishing.Sha256;
import org.scrutineer.web.Refusal;
import org.scrutineer.web.SpreadsheetCsv;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an improvement plan from its table, one row per milestone of an action, with the columns
 * {@code plan, theme, accountable_lead, ref, area, outcome, action, milestone, milestone_date, lead, brag}.
 * A row is known by its plan, the action's ref and the milestone, so importing the same file again
 * changes nothing. A row that continues an action (the same ref) takes what it leaves blank from the
 * action's first row, as a table with merged cells is saved. Doubtful rows are imported with a
 * warning; rows that cannot be are named and left out. Each new action that is not complete starts
 * its {@code action-progress} process once the whole file is read, so its lead sees its milestones.
 */
@Service
public class PlanImport {

    static final List<String> COLUMNS = List.of("plan", "theme", "accountable_lead", "ref", "area", "outcome", "action",
            "milestone", "milestone_date", "lead", "brag");
    private static final List<String> CARRIED = List.of("theme", "accountable_lead", "area", "outcome", "action", "lead", "brag");

    private final ImprovementPlanRepository plans;
    private final PlanActionRepository actions;
    private final MilestoneRepository milestones;
    private final StaffDirectory directory;
    private final EnteredDates enteredDates;
    private final Clock clock;
    private final EntityManager entities;
    private final ActionProgress progress;

    PlanImport(ImprovementPlanRepository plans, PlanActionRepository actions, MilestoneRepository milestones, StaffDirectory directory,
               EnteredDates enteredDates, Clock clock, EntityManager entities, ActionProgress progress) {
        this.entities = entities;
        this.progress = progress;
        this.plans = plans;
        this.actions = actions;
        this.milestones = milestones;
        this.directory = directory;
        this.enteredDates = enteredDates;
        this.clock = clock;
    }

    @Transactional
    public PlanImportResult importCsv(String csv, String importedBy) {
        List<Map<String, String>> rows = SpreadsheetCsv.read(csv == null ? "" : csv);
        if (rows.isEmpty()) {
            throw Refusal.invalid("csv", "The file has no rows. The first row names the columns: " + String.join(",", COLUMNS));
        }
        List<String> missing = COLUMNS.stream().filter(c -> !rows.get(0).containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw Refusal.invalid("csv", "The file has no column " + String.join(", ", missing) + ". The columns are " + String.join(",", COLUMNS));
        }
        ImprovementPlan plan = plan(rows);
        Map<String, PlanAction> held = new HashMap<>();
        actions.findByPlanIdOrderByPositionAsc(plan.getId()).forEach(a -> held.put(PlanText.normal(a.getRef()), a));
        Map<String, Row> firstOfAction = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        List<PlanAction> started = new ArrayList<>();
        int imported = 0;
        int unchanged = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).values().stream().allMatch(String::isBlank)) {
                continue;
            }
            Row row = new Row(i + 2, rows.get(i), warnings);
            if (row.ref.isEmpty()) {
                row.warn("no ref; not imported");
                continue;
            }
            Row first = firstOfAction.get(PlanText.normal(row.ref));
            if (first != null) {
                row.continues(first);
            }
            Optional<String> unusable = row.unusable();
            if (unusable.isPresent()) {
                row.warn(unusable.get() + "; not imported");
                continue;
            }
            String key = key(plan, row);
            Integer earlier = seen.putIfAbsent(key, row.line);
            if (earlier != null) {
                row.warn("repeats row " + earlier + " (the same ref and milestone); not imported again");
                continue;
            }
            if (first == null) {
                firstOfAction.put(PlanText.normal(row.ref), row);
            }
            PlanAction action = held.get(PlanText.normal(row.ref));
            boolean rowHeld = row.milestone().isEmpty() ? action != null : milestones.existsByImportKey(key);
            if (rowHeld) {
                unchanged++;
                continue;
            }
            boolean added = action == null;
            if (added) {
                action = newAction(plan, row, held.size() + 1, importedBy);
                held.put(PlanText.normal(row.ref), action);
            } else {
                row.sameAs(action);
                outcome(action.getArea(), row).ifPresent(action::serves);
            }
            if (!row.milestone().isEmpty()) {
                action.addMilestone(row.milestone(), row.milestoneDate(enteredDates), key);
            } else if (!row.value("milestone_date").isEmpty()) {
                row.warn("a milestone date but no milestone; the date is not imported");
            }
            action = actions.save(action);
            if (added) {
                held.put(PlanText.normal(row.ref), action);
                started.add(action);
            }
            imported++;
        }
        started.forEach(action -> progress.start(plan, action));
        return new PlanImportResult(plan.getId(), imported, unchanged, warnings);
    }

    private ImprovementPlan plan(List<Map<String, String>> rows) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String title = row.getOrDefault("plan", "").strip();
            if (!title.isEmpty()) {
                titles.putIfAbsent(PlanText.normal(title), title);
            }
        }
        if (titles.isEmpty()) {
            throw Refusal.invalid("csv", "No row names its plan. Give the plan's title in the plan column");
        }
        if (titles.size() > 1) {
            throw Refusal.invalid("csv", "The file holds more than one plan (" + String.join("; ", titles.values())
                    + "). Import one plan at a time");
        }
        String title = titles.values().iterator().next();
        if (title.length() > ImprovementPlan.TITLE_LENGTH) {
            throw Refusal.invalid("csv", "The plan's title must be " + ImprovementPlan.TITLE_LENGTH + " characters or fewer");
        }
        return plans.findAll().stream().filter(p -> PlanText.same(p.getTitle(), title)).findFirst()
                .orElseGet(() -> plans.save(new ImprovementPlan(title, clock.instant())));
    }

    private PlanAction newAction(ImprovementPlan plan, Row row, int position, String importedBy) {
        PlanTheme theme = plan.theme(row.value("theme"))
                .orElseGet(() -> persisted(plan.addTheme(row.value("theme"), row.staff("accountable_lead", directory))));
        PlanArea area = row.value("area").isEmpty() ? null
                : theme.area(row.value("area")).orElseGet(() -> persisted(theme.addArea(row.value("area"))));
        PlanAction action = new PlanAction(plan.getId(), theme, area, row.ref, row.value("action"), row.staff("lead", directory), position,
                LondonTime.today(clock));
        outcome(area, row).ifPresent(action::serves);
        row.brag().ifPresent(brag -> action.rated(new ActionUpdate(action, ActionUpdate.Kind.IMPORTED, brag, null, null,
                LondonTime.today(clock), clock.instant(), importedBy)));
        return action;
    }

    private <T> T persisted(T entity) {
        entities.persist(entity);
        return entity;
    }

    private Optional<PlanOutcome> outcome(PlanArea area, Row row) {
        String title = row.value("outcome");
        if (title.isEmpty()) {
            return Optional.empty();
        }
        if (area == null) {
            row.warn("an outcome but no area; the outcome is not imported");
            return Optional.empty();
        }
        return Optional.of(area.outcome(title).orElseGet(() -> persisted(area.addOutcome(title))));
    }

    private static String key(ImprovementPlan plan, Row row) {
        String identity = PlanText.normal(plan.getTitle()) + "|" + PlanText.normal(row.ref) + "|" + PlanText.normal(row.milestone());
        return Sha256.hex(identity.getBytes(StandardCharsets.UTF_8));
    }

    /** One row of the file, with its line number for warnings. */
    private static final class Row {

        private static final Map<String, Integer> LENGTHS = Map.of("ref", PlanAction.REF_LENGTH, "action", PlanAction.TEXT_LENGTH,
                "milestone", Milestone.TEXT_LENGTH, "theme", 300, "area", 500, "outcome", 500);

        final int line;
        final Map<String, String> values;
        final List<String> warnings;
        final String ref;
        private Row first;

        Row(int line, Map<String, String> values, List<String> warnings) {
            this.line = line;
            this.values = new HashMap<>(values);
            this.warnings = warnings;
            this.ref = value("ref");
        }

        String value(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }

        String milestone() {
            return value("milestone");
        }

        void warn(String message) {
            warnings.add("Row " + line + " (" + (ref.isEmpty() ? "no ref" : ref) + "): " + message);
        }

        /** A later row of the same action: what it leaves blank is the first row's; what it gives otherwise is named. */
        void continues(Row earlier) {
            this.first = earlier;
            for (String column : CARRIED) {
                if (value(column).isEmpty()) {
                    values.put(column, earlier.value(column));
                } else if (!PlanText.same(value(column), earlier.value(column))) {
                    if (column.equals("outcome")) {
                        warn("gives the action a second outcome, '" + value("outcome") + "'; it serves both");
                    } else {
                        warn("gives the action a different " + column.replace('_', ' ') + " from row " + earlier.line
                                + ", '" + value(column) + "'; row " + earlier.line + "'s is kept");
                        values.put(column, earlier.value(column));
                    }
                }
            }
        }

        Optional<String> unusable() {
            if (value("action").isEmpty()) {
                return Optional.of("no action");
            }
            if (value("theme").isEmpty()) {
                return Optional.of("no theme");
            }
            for (Map.Entry<String, Integer> limit : LENGTHS.entrySet()) {
                if (value(limit.getKey()).length() > limit.getValue()) {
                    return Optional.of("the " + limit.getKey() + " is longer than " + limit.getValue() + " characters");
                }
            }
            return Optional.empty();
        }

        /** An action already held, continued by a new milestone: what the row says differently is not imported. */
        void sameAs(PlanAction action) {
            if (first != null) {
                return;
            }
            if (!PlanText.same(value("action"), action.getText())) {
                warn("the action held under this ref reads differently; the held words are kept");
            }
            Optional<Brag> given = Brag.fromId(value("brag"));
            if (given.isPresent() && !given.equals(action.getBrag())) {
                warn("the action is rated " + action.getBrag().map(Brag::id).orElse("not yet") + " now; a rating changes through its lead's "
                        + "progress update, so the file's " + given.get().id() + " is not imported");
            }
        }

        /** The staff user or group the column names, or none, with a warning, when the directory has no such id. */
        String staff(String column, StaffDirectory directory) {
            String id = value(column);
            if (id.isEmpty()) {
                return null;
            }
            return directory.find(id).map(StaffDirectory.Entry::id).orElseGet(() -> {
                warn(column.replace('_', ' ') + " '" + id + "' is not a user or group in the staff directory; left blank, "
                        + "to be given on the plan's page");
                return null;
            });
        }

        Optional<Brag> brag() {
            String given = value("brag");
            if (given.isEmpty()) {
                return Optional.empty();
            }
            Optional<Brag> brag = Brag.fromId(given);
            if (brag.isEmpty()) {
                warn("brag '" + given + "' is not blue, green, amber, red or grey; imported without a rating");
            }
            return brag;
        }

        LocalDate milestoneDate(EnteredDates window) {
            String given = value("milestone_date");
            try {
                LocalDate date = SpreadsheetDates.parse(given).orElse(null);
                if (date != null && !window.contains(date)) {
                    warn("milestone date " + given + " is not " + window.between() + "; the milestone is imported without a date");
                    return null;
                }
                if (date == null) {
                    warn("a milestone with no date; give it one on the plan's page");
                }
                return date;
            } catch (IllegalArgumentException e) {
                warn("milestone date " + e.getMessage() + "; the milestone is imported without a date");
                return null;
            }
        }
    }
}
