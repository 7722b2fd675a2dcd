package org.scrutineer.minutes;

/** Where a meeting's minutes stand, from the clerk's first words to the next meeting's confirmation. */
public enum MinutesStatus {
    RECORDING("recording", "Being recorded", true),
    WITH_THE_CHAIR("with-the-chair", "With the chair for approval", false),
    RETURNED("returned", "Returned by the chair", true),
    DRAFT_PUBLISHED("draft-published", "Draft published: to be confirmed at the next meeting", false),
    CORRECTING("correcting", "Being corrected", true),
    CONFIRMED("confirmed", "Confirmed as a correct record", false);

    private final String id;
    private final String words;
    private final boolean open;

    MinutesStatus(String id, String words, boolean open) {
        this.id = id;
        this.words = words;
        this.open = open;
    }

    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    /** The clerk may change what is recorded. */
    public boolean isOpen() {
        return open;
    }
}
