package org.scrutineer.recommendation;

import java.util.List;

/** What an import did: rows newly imported, rows already held (left as they were), and what looked wrong. */
public record ImportResult(int imported, int unchanged, List<String> warnings) {
}
