package org.scrutineer.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV as spreadsheets write it (RFC 4180): quoted fields may hold commas, doubled quotes
 * and line breaks. The first row names the columns; each row comes back as column to value, blank
 * rows included, so that the n-th row is line n + 1 of a spreadsheet.
 *
 * <p>A spreadsheet runs a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return as a formula, so such a cell is written with a leading apostrophe, and so
 * is one that already begins with an apostrophe. Reading takes that apostrophe off again, so what
 * was exported is imported exactly as it was.
 */
final class CsvRows {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char NEUTRALISER = '\'';

    private CsvRows() {
    }

    static List<Map<String, String>> read(String csv) {
        List<List<String>> records = records(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < record.size() ? restored(record.get(i).strip()) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** One field for CSV output, neutralised when a spreadsheet would run it, and quoted when it needs to be. */
    static String field(Object value) {
        String text = neutralised(value == null ? "" : value.toString());
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
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
