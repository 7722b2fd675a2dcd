package org.scrutineer.recommendation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.scrutineer.web.Refusal;

/**
 * The tracker as CSV (RFC 4180, read and written by Apache Commons CSV), as spreadsheets write it:
 * quoted fields may hold commas, doubled quotes and line breaks. On reading, the first row names the
 * columns and each row comes back as column to value, blank rows included, so that the n-th row is
 * line n + 1 of a spreadsheet. The export has the import's columns first, so it can be imported
 * elsewhere, then the rest.
 *
 * <p>A spreadsheet runs a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return as a formula, so such a cell is written with a leading apostrophe, and so
 * is one that already begins with an apostrophe. Reading takes that apostrophe off again, so what
 * was exported is imported exactly as it was.
 */
final class CsvRows {

    static final List<String> EXPORT_COLUMNS = Stream.concat(RecommendationImport.COLUMNS.stream(), Stream.of("id", "scrutiny_type",
            "decision", "closure", "response_status", "as_of", "responded_by", "response_wording")).toList();

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char NEUTRALISER = '\'';

    /** As spreadsheets write it, and forgiving of a stray character after a closing quote or a quote left open at the end. */
    private static final CSVFormat SPREADSHEET = CSVFormat.RFC4180.builder().setTrailingData(true).setLenientEof(true).get();

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
                row.put(header.get(i), i < record.size() ? restored(record.get(i).strip()) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<CSVRecord> records(String csv) {
        try (CSVParser parser = CSVParser.parse(csv, SPREADSHEET)) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw Refusal.invalid("csv", "The file could not be read as CSV. Save it from the spreadsheet as CSV and try again");
        }
    }

    /** The tracker's rows, one line each after the header, every cell neutralised where a spreadsheet would run it. */
    static String write(List<RecommendationJson> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, SPREADSHEET)) {
            printer.printRecord(EXPORT_COLUMNS);
            for (RecommendationJson r : rows) {
                printer.printRecord(Stream.of(r.meetingDate(), r.topic(), r.number(), r.text(), r.addressee(), r.dateSent(), r.dueDate(),
                                r.dateReceived(), r.response(), r.id(), r.scrutinyType(), r.decision(), r.closure(), r.responseStatus(), r.asOf(),
                                r.respondedBy(), r.responseWording())
                        .map(CsvRows::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One field for CSV output, neutralised when a spreadsheet would run it, and quoted when it needs to be. */
    static String field(Object value) {
        return SPREADSHEET.format(cell(value));
    }

    private static String cell(Object value) {
        return neutralised(value == null ? "" : value.toString());
    }

    static String neutralised(String text) {
        return !text.isEmpty() && (FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 || text.charAt(0) == NEUTRALISER)
                ? NEUTRALISER + text : text;
    }

    static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == NEUTRALISER
                && (FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == NEUTRALISER) ? cell.substring(1) : cell;
    }
}
