package org.scrutineer.meeting;

import java.util.List;

/**
 * One of the items every agenda of a committee carries, in order, as configured under the
 * committee's {@code standard-agenda} in {@code config/application.yaml}. {@code kind} says what the
 * agenda fills in (the previous meeting's date for {@code minutes}, this meeting's question deadline
 * for {@code how-to-ask}, the reports at {@code reports}, the next meeting's date for
 * {@code next-meeting}).
 */
public record StandardAgendaItem(String kind, String title) {

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
