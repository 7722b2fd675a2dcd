package org.scrutineer.improvement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An action's rating, as the board uses it: Blue complete, Green on track, Amber behind, Red off track, Grey not started. */
public enum Brag {

    BLUE("Blue", "complete"),
    GREEN("Green", "on track"),
    AMBER("Amber", "behind"),
    RED("Red", "off track"),
    GREY("Grey", "not started");

    private final String colour;
    private final String meaning;

    Brag(String colour, String meaning) {
        this.colour = colour;
        this.meaning = meaning;
    }

    /** As files and the API write it: {@code blue}, {@code green}, {@code amber}, {@code red}, {@code grey}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String colour() {
        return colour;
    }

    public String meaning() {
        return meaning;
    }

    /** The GOV.UK tag colour for the rating; amber is the frame's orange. */
    public String tagClass() {
        return switch (this) {
            case BLUE -> "govuk-tag--blue";
            case GREEN -> "govuk-tag--green";
            case AMBER -> "govuk-tag--orange";
            case RED -> "govuk-tag--red";
            case GREY -> "govuk-tag--grey";
        };
    }

    public static Optional<Brag> fromId(String id) {
        return id == null ? Optional.empty() : Arrays.stream(values()).filter(b -> b.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
