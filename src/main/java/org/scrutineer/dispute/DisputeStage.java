package org.scrutineer.dispute;

import java.util.Arrays;
import java.util.Optional;

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

    public static Optional<DisputeStage> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
