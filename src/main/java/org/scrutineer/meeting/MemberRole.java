package org.scrutineer.meeting;

import java.util.Arrays;
import java.util.Optional;

/** What a member is on a committee, in the order a membership list names them. */
public enum MemberRole {
    CHAIR("chair"),
    VICE_CHAIR("vice-chair"),
    MEMBER("member"),
    CO_OPTED("co-opted");

    static final String PATTERN = "chair|vice-chair|member|co-opted";
    static final String WORDS = "chair, vice-chair, member or co-opted";

    private final String word;

    MemberRole(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Only one chair and one vice-chair may serve at a time. */
    boolean isOnlyOne() {
        return this == CHAIR || this == VICE_CHAIR;
    }

    static Optional<MemberRole> of(String word) {
        return Arrays.stream(values()).filter(r -> r.word.equals(word)).findFirst();
    }
}
