package org.scrutineer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as spreadsheets read and write it (RFC 4180, by Apache Commons CSV), for every export. A
 * spreadsheet runs a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return as a formula, so such a cell is written with a leading apostrophe, and so is one
 * that already begins with an apostrophe; {@link #restored} takes it off again on import.
 *
 * <p>On reading, quoted fields may hold commas, doubled quotes and line breaks; the first row names
 * the columns (in lower case, a byte-order mark dropped) and each row comes back as column to value,
 * blank rows included, so that the n-th row is line n + 1 of the spreadsheet.
 */
public final class SpreadsheetCsv {

    /** As spreadsheets write it, and forgiving of a stray character after a closing quote or a quote left open at the end. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrailingData(true).setLenientEof(true).get();

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char NEUTRALISER = '\'';

    private SpreadsheetCsv() {
    }

    /** Each row after the header as column to value, stripped and restored; a file that is not CSV is refused in words. */
    public static List<Map<String, String>> read(String csv) {
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
        try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw Refusal.invalid("csv", "The file could not be read as CSV. Save it from the spreadsheet as CSV and try again");
        }
    }

    /** The header, then one line per row, every cell neutralised where a spreadsheet would run it. */
    public static String write(List<String> header, List<List<?>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One field for CSV output, neutralised when a spreadsheet would run it, and quoted when it needs to be. */
    public static String field(Object value) {
        return FORMAT.format(cell(value));
    }

    private static String cell(Object value) {
        return neutralised(value == null ? "" : value.toString());
    }

    public static String neutralised(String text) {
        return !text.isEmpty() && (FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 || text.charAt(0) == NEUTRALISER)
                ? NEUTRALISER + text : text;
    }

    public static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == NEUTRALISER
                && (FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == NEUTRALISER) ? cell.substring(1) : cell;
    }
}
