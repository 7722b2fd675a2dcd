package org.scrutineer.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.scrutineer.calendar.AppClock;

/**
 * The variables of a task or an execution, read the same way by every delegate and listener,
 * whichever way a form, the Tasklist or an API caller sent them: text, true or false, a date, a
 * number, a choice or a list ({@link ListVariable}). A variable that is not set, or is empty text,
 * is empty. A value that cannot be read as what is asked is refused with the reason
 * ({@link EngineRuleRefusal}, answered 422), never replaced by a default.
 */
public final class ProcessVariables {

    private final VariableScope scope;

    private ProcessVariables(VariableScope scope) {
        this.scope = scope;
    }

    public static ProcessVariables of(VariableScope scope) {
        return new ProcessVariables(scope);
    }

    /** The text, stripped; a number or true or false as the text it reads as. */
    public Optional<String> text(String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof CharSequence || value instanceof Number || value instanceof Boolean)) {
            throw new EngineRuleRefusal(name + " must be a piece of text");
        }
        String text = value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The text, or {@code missing} as the refusal when there is none. */
    public String text(String name, String missing) {
        return text(name).orElseThrow(() -> new EngineRuleRefusal(missing));
    }

    /** A ticked or unticked checkbox: true or false, as a boolean or as the text "true" or "false". */
    public Optional<Boolean> flag(String name) {
        Object value = scope.getVariable(name);
        if (value == null || value instanceof Boolean) {
            return Optional.ofNullable((Boolean) value);
        }
        String text = value instanceof CharSequence ? value.toString().strip() : null;
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Optional.of(Boolean.valueOf(text));
        }
        if (text != null && text.isEmpty()) {
            return Optional.empty();
        }
        throw new EngineRuleRefusal(name + " must be true or false");
    }

    /** Whether the checkbox is ticked; one not sent is not ticked. */
    public boolean ticked(String name) {
        return flag(name).orElse(false);
    }

    /** A whole number, as a number or as its digits. */
    public Optional<Long> number(String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Optional.of(((Number) value).longValue());
        }
        String text = value instanceof CharSequence ? value.toString().strip() : null;
        if (text != null && text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(text != null ? Long.parseLong(text) : exactly((Number) value));
        } catch (NumberFormatException | ClassCastException | ArithmeticException e) {
            throw new EngineRuleRefusal(name + " must be a whole number, like 12");
        }
    }

    /** The id of the record the process is about, which it holds from its start. */
    public long id(String name) {
        return number(name).orElseThrow(() -> new IllegalStateException("This process has no " + name));
    }

    /** A date entered as 2027-03-15 (Camunda Forms send it so, sometimes with a time after it) or given as a date. */
    public Optional<LocalDate> date(String name) {
        return date(name, "Enter " + name + " as a date, like 2027-03-15");
    }

    /** As {@link #date(String)}, refusing a value that is not a date with {@code unreadable}. */
    public Optional<LocalDate> date(String name, String unreadable) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Date date) {
            return Optional.of(date.toInstant().atZone(AppClock.LONDON).toLocalDate());
        }
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return Optional.of(dateTime.toLocalDate());
        }
        if (value instanceof ZonedDateTime dateTime) {
            return Optional.of(dateTime.withZoneSameInstant(AppClock.LONDON).toLocalDate());
        }
        if (!(value instanceof CharSequence)) {
            throw new EngineRuleRefusal(unreadable);
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            throw new EngineRuleRefusal(unreadable);
        }
    }

    /** The date, or {@code missing} as the refusal when there is none. */
    public LocalDate date(String name, String unreadable, String missing) {
        return date(name, unreadable).orElseThrow(() -> new EngineRuleRefusal(missing));
    }

    /** One of a fixed set of choices, by its id; empty when none was made or the id is not one of them. */
    public <T> Optional<T> choice(String name, Function<String, Optional<T>> fromId) {
        return text(name).flatMap(fromId);
    }

    /** The items of a list, each a piece of text (see {@link ListVariable#texts}). */
    public Optional<List<String>> texts(ListVariable list) {
        return list.texts(scope);
    }

    /** As {@link #texts}, accepting lines of plain text too (see {@link ListVariable#textsOrLines}). */
    public Optional<List<String>> textsOrLines(ListVariable list) {
        return list.textsOrLines(scope);
    }

    /** The items of a list, accepting lines of plain text too (see {@link ListVariable#itemsOrLines}). */
    public Optional<List<JsonNode>> itemsOrLines(ListVariable list) {
        return list.itemsOrLines(scope);
    }

    private static long exactly(Number value) {
        return new BigDecimal(value.toString()).longValueExact();
    }
}
