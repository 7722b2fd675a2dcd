package org.scrutineer.improvement;

import java.util.List;

/** What an import did: the plan, rows newly imported, rows already held (left as they were), and what looked wrong. */
public record PlanImportResult(long planId, int imported, int unchanged, List<String> warnings) {
}
