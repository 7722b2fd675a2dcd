package org.scrutineer.recommendation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.scrutineer.web.SpreadsheetCsv;

/**
 * The tracker as CSV, read and written as spreadsheets do ({@link SpreadsheetCsv}). The export has
 * the import's columns first, so it can be imported elsewhere, then the rest.
 *
 * <p>Cells a spreadsheet would run as a formula are neutralised on export and restored on import
 * ({@link SpreadsheetCsv}), so what was exported is imported exactly as it was.
 */
final class CsvRows {

    static final List<String> EXPORT_COLUMNS = Stream.concat(RecommendationImport.COLUMNS.stream(), Stream.of("id", "scrutiny_type",
            "decision", "closure", "response_status", "as_of", "responded_by", "response_wording")).toList();

    private CsvRows() {
    }

    static List<Map<String, String>> read(String csv) {
        return SpreadsheetCsv.read(csv);
    }

    /** The tracker's rows, one line each after the header, every cell neutralised where a spreadsheet would run it. */
    static String write(List<RecommendationJson> rows) {
        return SpreadsheetCsv.write(EXPORT_COLUMNS, rows.stream().<List<?>>map(r -> Arrays.asList(r.meetingDate(), r.topic(), r.number(), r.text(),
                r.addressee(), r.dateSent(), r.dueDate(), r.dateReceived(), r.response(), r.id(), r.scrutinyType(), r.decision(), r.closure(),
                r.responseStatus(), r.asOf(), r.respondedBy(), r.responseWording())).toList());
    }

    static String field(Object value) {
        return SpreadsheetCsv.field(value);
    }
}
