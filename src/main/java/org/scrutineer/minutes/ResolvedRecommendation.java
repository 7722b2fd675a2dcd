package org.scrutineer.minutes;

/**
 * A recommendation as the minutes resolve it, known by its meeting, minute and number; {@code topic}
 * is the agenda item's title, and {@code exempt} says the item was taken in private.
 */
public record ResolvedRecommendation(int minute, String number, String topic, String text, String addressee, String scrutinyType,
                                     boolean exempt) {

    public String key() {
        return minute + "/" + number;
    }
}
