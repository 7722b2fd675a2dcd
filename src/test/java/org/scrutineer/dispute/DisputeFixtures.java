package org.scrutineer.dispute;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Disputes for the dispute tests. Case references are unique per test so that tests sharing the
 * application context can find their own; none of them is ever a name.
 */
final class DisputeFixtures {

    /** Monday 1 March 2027, 9am: informal responses are due on 8 March, formal meetings on 22 March, resolutions on 31 March. */
    static final Instant FIRST_OF_MARCH = Instant.parse("2027-03-01T09:00:00Z");
    private static final AtomicInteger CASES = new AtomicInteger(100000);

    private DisputeFixtures() {
    }

    static String caseReference() {
        return "CYP-" + CASES.incrementAndGet();
    }

    static String json(String caseReference, String category, String stage, String notifiedOn, String extra) {
        return "{\"caseReference\":\"" + caseReference + "\",\"category\":\"" + category + "\",\"stage\":\"" + stage
                + "\",\"notifiedOn\":\"" + notifiedOn + "\",\"description\":\"The pathway plan has not been updated since the last review.\""
                + (extra == null ? "" : "," + extra) + "}";
    }
}
