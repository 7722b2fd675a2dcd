package org.scrutineer.recommendation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scrutineer.web.Refusal;
import org.scrutineer.web.SpreadsheetCsv;

/**
 * The tracker as CSV (RFC 4180, read and written by Apache Commons CSV), as spreadsheets write it:
 * quoted fields may hold commas, doubled quotes and line breaks. On reading, the first row names the
 * columns and each row comes back as column to value, blank rows included, so that the n-th row is
 * line n + 1 of a spreadsheet. The export has the import's columns first, so it can be imported
 * elsewhere, then the rest.
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
        List<CSVRecord> records = records(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < record.size() ? SpreadsheetCsv.restored(record.get(i).strip()) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<CSVRecord> records(String csv) {
        try (CSVParser parser = CSVParser.parse(csv, SpreadsheetCsv.FORMAT)) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw Refusal.invalid("csv", "The file could not be read as CSV. Save it from the spreadsheet as CSV and try again");
        }
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
