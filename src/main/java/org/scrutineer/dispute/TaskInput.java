package org.scrutineer.dispute;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What a person entered on a dispute task's form, read with a plain-English refusal when it is missing or wrong. */
final class TaskInput {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private TaskInput() {
    }

    static String requiredText(VariableScope scope, String name, String missing) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new ProcessEngineException(missing);
        }
        return value.toString().strip();
    }

    static String choice(VariableScope scope, String name, String missing, String... allowed) {
        Object value = scope.getVariable(name);
        for (String option : allowed) {
            if (option.equals(value)) {
                return option;
            }
        }
        throw new ProcessEngineException(missing);
    }

    static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** A date entered as YYYY-MM-DD (Camunda Forms) or a Date; null when left empty. */
    static LocalDate optionalDate(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(LONDON).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        try {
            return LocalDate.parse(value.toString().length() > 10 ? value.toString().substring(0, 10) : value.toString());
        } catch (DateTimeParseException e) {
            throw new ProcessEngineException("Enter " + name + " as a date, like 2027-03-15");
        }
    }

    static LocalDate requiredDate(VariableScope scope, String name, String missing) {
        LocalDate date = optionalDate(scope, name);
        if (date == null) {
            throw new ProcessEngineException(missing);
        }
        return date;
    }

    static long disputeId(VariableScope scope) {
        return ((Number) scope.getVariable("disputeId")).longValue();
    }
}
