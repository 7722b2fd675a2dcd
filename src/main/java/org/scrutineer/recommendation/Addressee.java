package org.scrutineer.recommendation;

import java.util.Arrays;
import java.util.Optional;

/** To whom a committee addresses a recommendation. */
public enum Addressee {
    EXECUTIVE("executive", "the Executive (Cabinet)"),
    CABINET_MEMBER("cabinet-member", "a Cabinet member"),
    COUNCIL("council", "full Council"),
    PARTNER("partner", "a partner organisation"),
    OFFICER("officer", "an officer"),
    COMMITTEE("committee", "the committee itself");

    private final String id;
    private final String words;

    Addressee(String id, String words) {
        this.id = id;
        this.words = words;
    }

    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    public static Optional<Addressee> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
