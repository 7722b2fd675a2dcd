package org.scrutineer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as spreadsheets read and write it (RFC 4180, by Apache Commons CSV), for every export. A
 * spreadsheet runs a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return as a formula, so such a cell is written with a leading apostrophe, and so is one
 * that already begins with an apostrophe; {@link #restored} takes it off again on import.
 */
public final class SpreadsheetCsv {

    /** As spreadsheets write it, and forgiving of a stray character after a closing quote or a quote left open at the end. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrailingData(true).setLenientEof(true).get();

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char NEUTRALISER = '\'';

    private SpreadsheetCsv() {
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
