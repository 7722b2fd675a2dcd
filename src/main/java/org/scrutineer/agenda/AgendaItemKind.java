package org.scrutineer.agenda;

import java.util.Arrays;
import java.util.Optional;

/** What an agenda item is, as the agenda's JSON names it ({@link #apiName()}). */
public enum AgendaItemKind {
    APOLOGIES("apologies"),
    SUBSTITUTES("substitutes"),
    DECLARATIONS("declarations"),
    MINUTES("minutes"),
    HOW_TO_ASK("other"),
    PUBLIC_QUESTIONS("public-questions"),
    MEMBER_QUESTIONS("member-questions"),
    REPORT("report"),
    WORK_PROGRAMME("work-programme"),
    NEXT_MEETING("next-meeting"),
    OTHER("other");

    private final String apiName;

    AgendaItemKind(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The kind a committee's {@code standard-agenda} names, which also says {@code how-to-ask}. */
    static Optional<AgendaItemKind> configured(String name) {
        if ("how-to-ask".equals(name)) {
            return Optional.of(HOW_TO_ASK);
        }
        return Arrays.stream(values()).filter(k -> k != HOW_TO_ASK && k.apiName.equals(name)).findFirst();
    }
}
