package org.scrutineer.dispute;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The protocol's stages. A dispute starts at either; an informal one may be escalated to formal. */
public enum DisputeStage {
    INFORMAL("informal"),
    FORMAL("formal");

    private final String id;

    DisputeStage(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The stage a request names, or null for one it does not know, to be refused as not chosen. */
    @JsonCreator
    static DisputeStage fromRequest(String id) {
        return fromId(id).orElse(null);
    }

    public static Optional<DisputeStage> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
