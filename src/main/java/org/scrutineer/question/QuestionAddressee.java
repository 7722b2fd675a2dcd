package org.scrutineer.question;

import java.util.Arrays;
import java.util.Optional;

/** Who a public question is put to. */
public enum QuestionAddressee {
    CHAIR("chair", "the chair of the committee"),
    CABINET_MEMBER("cabinet-member", "the cabinet member"),
    OFFICER("officer", "a council officer");

    private final String id;
    private final String words;

    QuestionAddressee(String id, String words) {
        this.id = id;
        this.words = words;
    }

    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    public static Optional<QuestionAddressee> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
