package org.scrutineer.dispute;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.scrutineer.ShippedSettings;

/**
 * Disputes for the dispute tests. Case references are unique per test so that tests sharing the
 * application context can find their own; none of them is ever a name.
 */
final class DisputeFixtures {

    /** Monday 1 March 2027, 9am: informal responses are due on 8 March, formal meetings on 22 March, resolutions on 31 March. */
    static final Instant FIRST_OF_MARCH = Instant.parse("2027-03-01T09:00:00Z");
    private static final AtomicInteger CASES = new AtomicInteger(100000);
    private static final ObjectMapper JSON = new ObjectMapper();

    private DisputeFixtures() {
    }

    static String caseReference() {
        return "CYP-" + CASES.incrementAndGet();
    }

    /** A dispute's fields as the API's JSON would bind them. */
    static DisputeSubmission submission(Map<String, ?> fields) {
        return JSON.convertValue(fields, DisputeSubmission.class);
    }

    /** The dispute settings the council ships, with any given as overrides. */
    static DisputeSettings settings(Map<String, Object> overrides) {
        return ShippedSettings.of("scrutineer.disputes", DisputeSettings.class, overrides);
    }

    static String json(String caseReference, String category, String stage, String notifiedOn, String extra) {
        return "{\"caseReference\":\"" + caseReference + "\",\"category\":\"" + category + "\",\"stage\":\"" + stage
                + "\",\"notifiedOn\":\"" + notifiedOn + "\",\"description\":\"The pathway plan has not been updated since the last review.\""
                + (extra == null ? "" : "," + extra) + "}";
    }
}
