package org.scrutineer.workprogramme;

import java.util.Arrays;
import java.util.Optional;

/** Where a work programme item came from. */
public enum ItemSource {
    MEMBER("member", "A member of the committee"),
    PUBLIC_SUGGESTION("public-suggestion", "A suggestion from the public"),
    RECOMMENDATION("recommendation", "A recommendation of the committee"),
    CABINET_REFERRAL("cabinet-referral", "A referral from the Cabinet"),
    OFFICER("officer", "An officer");

    private final String id;
    private final String words;

    ItemSource(String id, String words) {
        this.id = id;
        this.words = words;
    }

    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    public static Optional<ItemSource> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
