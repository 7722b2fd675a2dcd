package org.scrutineer.meeting;

import java.util.List;
import java.util.Set;

/**
 * One of the items every agenda of a committee carries, in order, as configured under the
 * committee's {@code standard-agenda} in {@code config/application.yaml}. {@code kind} says what the
 * agenda fills in (the previous meeting's date for {@code minutes}, this meeting's question deadline
 * for {@code how-to-ask}, the reports at {@code reports}, the next meeting's date for
 * {@code next-meeting}).
 */
public record StandardAgendaItem(String kind, String title) {

    /** The kinds a standard agenda may name. */
    public static final Set<String> KINDS = Set.of("apologies", "substitutes", "declarations", "minutes", "how-to-ask", "public-questions",
            "member-questions", "reports", "work-programme", "next-meeting");

    public StandardAgendaItem {
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException("A standard agenda item's kind must be one of " + new java.util.TreeSet<>(KINDS) + ", not " + kind);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("The standard agenda item '" + kind + "' needs a title");
        }
    }

    /** The reference council's standard agenda, for a committee that configures none. */
    public static final List<StandardAgendaItem> REFERENCE = List.of(
            new StandardAgendaItem("apologies", "Apologies for absence"),
            new StandardAgendaItem("substitutes", "Named substitutes"),
            new StandardAgendaItem("declarations", "Declarations of interest"),
            new StandardAgendaItem("minutes", "Minutes"),
            new StandardAgendaItem("how-to-ask", "How to submit questions"),
            new StandardAgendaItem("public-questions", "Questions from members of the public"),
            new StandardAgendaItem("member-questions", "Questions from members of the council"),
            new StandardAgendaItem("reports", "Reports"),
            new StandardAgendaItem("work-programme", "Work programme"),
            new StandardAgendaItem("next-meeting", "Date of the next meeting"));
}
