package org.scrutineer.question;

import java.util.Arrays;
import java.util.Optional;

/** The grounds on which democratic services may refuse a public question, in the words the asker is sent. */
public enum RejectionReason {
    NOT_COUNCIL_BUSINESS("not-council-business",
            "it is not about something the council is responsible for or that affects the area"),
    DEFAMATORY("defamatory", "it is defamatory, frivolous or offensive"),
    REPEATED("repeated", "it is substantially the same as a question put to the committee in the last six months"),
    CONFIDENTIAL("confidential", "answering it would mean disclosing confidential or exempt information"),
    INDIVIDUAL_CASE("individual-case", "it is about an individual case or family"),
    TOO_LONG("too-long", "it is too long to be put at the meeting");

    private final String id;
    private final String because;

    RejectionReason(String id, String because) {
        this.id = id;
        this.because = because;
    }

    public String id() {
        return id;
    }

    /** Completes "We cannot put your question to the committee because ...". */
    public String because() {
        return because;
    }

    public static Optional<RejectionReason> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
