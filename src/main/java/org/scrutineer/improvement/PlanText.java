package org.scrutineer.improvement;

import java.util.Locale;

/** How the plan's words are compared: ignoring case and runs of spaces, as a person reading the table would. */
final class PlanText {

    private PlanText() {
    }

    static String normal(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
