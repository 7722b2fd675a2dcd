package org.scrutineer.agenda;

/** A meeting's agenda: not drafted until the report deadline, then a draft, then published with the pack. */
public enum AgendaStatus {
    DRAFT("draft"),
    PUBLISHED("published");

    private final String apiName;

    AgendaStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
