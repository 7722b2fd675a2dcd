package org.scrutineer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/** What a staff form sent, read as a page that shows it again needs it: each field as typed, a field's value, a field's lines. */
public final class FormFields {

    private FormFields() {
    }

    /** Each field sent, by name, as typed (Spring's own fields, such as the CSRF token, left out). */
    public static Map<String, String> typed(HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.startsWith("_") && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        return typed;
    }

    /** The field's value without the spaces around it, or null when it is missing or blank. */
    public static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The lines of a text field that hold something, each without the spaces around it. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Fills a field to show again with a stored value, when there is one. */
    public static void put(Map<String, String> typed, String field, Object value) {
        if (value != null) {
            typed.put(field, value.toString());
        }
    }
}
