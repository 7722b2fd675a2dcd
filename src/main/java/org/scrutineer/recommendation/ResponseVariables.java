package org.scrutineer.recommendation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.scrutineer.calendar.AppClock;

/**
 * Reads what the cabinet member entered in {@code recordExecutiveResponse}. The action plan
 * ({@code actions}) may be a list of {@code {action, owner, byWhen, successMeasure}} objects, the
 * same as JSON text, or lines of text "action | owner | by when | success measure" as typed in
 * the Tasklist form.
 */
final class ResponseVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseVariables() {
    }

    static boolean extensionRequested(VariableScope scope) {
        Object value = scope.getVariable("requestExtension");
        return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Date d) {
            return d.toInstant().atZone(AppClock.LONDON).toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        String text = value == null ? null : value.toString().strip();
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new ProcessEngineException("Enter the " + name + " as a date, like 2027-03-31");
        }
    }

    static List<ActionPlanItem> actions(VariableScope scope) {
        Object value = scope.getVariable("actions");
        if (value == null) {
            return List.of();
        }
        JsonNode nodes;
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            nodes = JSON.valueToTree(value);
        } else {
            String text = value.toString().strip();
            if (text.isEmpty()) {
                return List.of();
            }
            if (!text.startsWith("[")) {
                return fromLines(text);
            }
            try {
                nodes = JSON.readTree(text);
            } catch (java.io.IOException e) {
                throw new ProcessEngineException("The actions could not be read: give each as action | owner | by when | success measure");
            }
        }
        List<ActionPlanItem> items = new ArrayList<>();
        for (JsonNode node : nodes) {
            items.add(item(node.path("action").asText(""), node.path("owner").asText(""), node.path("byWhen").asText(""),
                    node.path("successMeasure").asText(""), items.size() + 1));
        }
        return items;
    }

    private static List<ActionPlanItem> fromLines(String text) {
        List<ActionPlanItem> items = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            items.add(item(parts[0], part(parts, 1), part(parts, 2), part(parts, 3), items.size() + 1));
        }
        return items;
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? parts[i] : "";
    }

    private static ActionPlanItem item(String action, String owner, String byWhen, String measure, int number) {
        if (action.isBlank()) {
            throw new ProcessEngineException("Action " + number + " has no description");
        }
        LocalDate by = null;
        if (!byWhen.isBlank()) {
            try {
                by = LocalDate.parse(byWhen.strip());
            } catch (DateTimeParseException e) {
                throw new ProcessEngineException("Give the date of action " + number + " like 2027-03-31");
            }
        }
        return new ActionPlanItem(action.strip(), owner.isBlank() ? null : owner.strip(), by,
                measure.isBlank() ? null : measure.strip());
    }
}
