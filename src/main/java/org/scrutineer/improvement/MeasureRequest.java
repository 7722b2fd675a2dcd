package org.scrutineer.improvement;

import java.util.List;

/**
 * A measure as {@code POST /api/plans/{id}/measures} takes it: {@code direction} is {@code higher} or
 * {@code lower} (which is better); each target is for the end of a quarter (31 March, 30 June,
 * 30 September or 31 December) as {@code YYYY-MM-DD}.
 */
public record MeasureRequest(String name, String unit, String direction, String baseline, String owner, String source, List<Target> targets) {

    public record Target(String quarterEnd, String target) {
    }
}
