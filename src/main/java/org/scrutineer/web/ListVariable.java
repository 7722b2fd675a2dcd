package org.scrutineer.web;

import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A list held in a task or process variable, read the same way however it was sent: a Java list,
 * a Camunda JSON variable, JSON text, or an object variable serialized as JSON. A value that is not
 * a list is refused with the reason ({@link EngineRuleRefusal}, answered 422), never replaced by a
 * default.
 */
public final class ListVariable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String example;

    private ListVariable(String name, String example) {
        this.name = name;
        this.example = example;
    }

    /** The variable {@code name}; {@code example} is a list of the kind it holds, shown to whoever sends something else. */
    public static ListVariable named(String name, String example) {
        return new ListVariable(name, example);
    }

    /** The items, or nothing when the variable is not set or is empty text. */
    public Optional<List<JsonNode>> items(VariableScope scope) {
        return read(scope, false);
    }

    /** As {@link #items}, but plain text that is not a JSON list is a list of its non-empty lines, as typed in a form's text area. */
    public Optional<List<JsonNode>> itemsOrLines(VariableScope scope) {
        return read(scope, true);
    }

    /** The items, each a piece of text, stripped. */
    public Optional<List<String>> texts(VariableScope scope) {
        return items(scope).map(this::texts);
    }

    /** As {@link #texts}, accepting lines of plain text too, without the empty ones. */
    public Optional<List<String>> textsOrLines(VariableScope scope) {
        return itemsOrLines(scope).map(this::texts).map(texts -> texts.stream().filter(text -> !text.isEmpty()).toList());
    }

    private List<String> texts(List<JsonNode> items) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isTextual()) {
                throw refused("item " + (texts.size() + 1) + " is " + kind(item) + ", not a piece of text");
            }
            texts.add(item.asText().strip());
        }
        return texts;
    }

    private Optional<List<JsonNode>> read(VariableScope scope, boolean linesAllowed) {
        TypedValue typed = scope.getVariableTyped(name, false);
        if (typed == null) {
            return Optional.empty();
        }
        if (typed instanceof SerializableValue serialized && !serialized.isDeserialized()) {
            String format = serialized.getSerializationDataFormat();
            if (format != null && !format.contains("json")) {
                throw refused("it was sent in a form that is not JSON");
            }
            return fromJson(serialized.getValueSerialized());
        }
        Object value = typed.getValue();
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            if (linesAllowed && !text.strip().startsWith("[")) {
                return lines(text);
            }
            return fromJson(text);
        }
        if (value instanceof SpinJsonNode node) {
            return fromJson(node.toString());
        }
        if (value instanceof Collection<?> || value instanceof Object[]) {
            return Optional.of(elements(JSON.valueToTree(value)));
        }
        throw refused("it was " + kind(value));
    }

    private Optional<List<JsonNode>> fromJson(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (IOException e) {
            throw refused(text.strip().startsWith("[") ? "its JSON is incomplete or malformed" : "it was a piece of text, not a JSON list");
        }
        if (node == null || node.isMissingNode()) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            throw refused("it was " + kind(node));
        }
        return Optional.of(elements(node));
    }

    private static Optional<List<JsonNode>> lines(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(text.lines().filter(line -> !line.isBlank()).map(line -> (JsonNode) TextNode.valueOf(line.strip())).toList());
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private EngineRuleRefusal refused(String why) {
        return new EngineRuleRefusal(name + " must be a list, like " + example + ", but " + why + ".");
    }

    private static String kind(Object value) {
        if (value instanceof JsonNode node) {
            if (node.isNumber()) {
                return "a number";
            }
            if (node.isBoolean()) {
                return "true or false";
            }
            if (node.isTextual()) {
                return "a piece of text";
            }
            if (node.isObject()) {
                return "an object";
            }
            if (node.isArray()) {
                return "a list";
            }
            return "empty";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true or false";
        }
        if (value instanceof Date || value instanceof Temporal) {
            return "a date";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return "a value of another kind";
    }
}
