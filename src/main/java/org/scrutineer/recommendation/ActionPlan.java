package org.scrutineer.recommendation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ListVariable;
import org.scrutineer.web.ProcessVariables;

/**
 * The action plan of a response in {@code recordExecutiveResponse}: {@code actions} is a list,
 * however it is encoded (see {@link ListVariable}), of {@code {action, owner, byWhen, successMeasure}}
 * objects or of lines "action | owner | by when | success measure"; or those lines as typed in the
 * Tasklist form.
 */
final class ActionPlan {

    private static final ListVariable ACTIONS = ListVariable.named("actions",
            "[{\"action\": \"...\", \"owner\": \"...\", \"byWhen\": \"2027-03-31\", \"successMeasure\": \"...\"}]");

    private ActionPlan() {
    }

    static List<ActionPlanItem> of(VariableScope scope) {
        List<ActionPlanItem> items = new ArrayList<>();
        for (JsonNode node : ProcessVariables.of(scope).itemsOrLines(ACTIONS).orElse(List.of())) {
            int number = items.size() + 1;
            if (node.isTextual()) {
                String[] parts = node.asText().split("\\|", -1);
                items.add(item(parts[0], part(parts, 1), part(parts, 2), part(parts, 3), number));
            } else if (node.isObject()) {
                items.add(item(node.path("action").asText(""), node.path("owner").asText(""), node.path("byWhen").asText(""),
                        node.path("successMeasure").asText(""), number));
            } else {
                throw new EngineRuleRefusal("Action " + number
                        + " could not be read: give each as action | owner | by when | success measure");
            }
        }
        return items;
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? parts[i] : "";
    }

    private static ActionPlanItem item(String action, String owner, String byWhen, String measure, int number) {
        if (action.isBlank()) {
            throw new EngineRuleRefusal("Action " + number + " has no description");
        }
        LocalDate by = null;
        if (!byWhen.isBlank()) {
            try {
                by = LocalDate.parse(byWhen.strip());
            } catch (DateTimeParseException e) {
                throw new EngineRuleRefusal("Give the date of action " + number + " like 2027-03-31");
            }
        }
        return new ActionPlanItem(action.strip(), owner.isBlank() ? null : owner.strip(), by,
                measure.isBlank() ? null : measure.strip());
    }
}
