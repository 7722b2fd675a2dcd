package org.scrutineer.workprogramme;

import java.util.Arrays;
import java.util.Optional;

/** How the committee takes a topic. */
public enum ScrutinyForm {
    COMMITTEE_ITEM("committee-item", "Committee item"),
    TASK_AND_FINISH_GROUP("task-and-finish-group", "Task and finish group"),
    SPOTLIGHT_REVIEW("spotlight-review", "Spotlight review"),
    BRIEFING("briefing", "Briefing"),
    SITE_VISIT("site-visit", "Site visit");

    private final String id;
    private final String words;

    ScrutinyForm(String id, String words) {
        this.id = id;
        this.words = words;
    }

    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    public static Optional<ScrutinyForm> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
