package org.scrutineer.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as councils' spreadsheets hold them: ISO (2024-05-28), the form 28-May-24 (also 28-May-2024,
 * 28 May 2024), or the UK's day first, 28/05/2024.
 */
public final class SpreadsheetDates {

    private static final Pattern SPREADSHEET = Pattern.compile("(\\d{1,2})[-/ ]([A-Za-z]{3,9})[-/ ](\\d{2}|\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private SpreadsheetDates() {
    }

    /** Empty for a blank field; throws IllegalArgumentException for one that is not a date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (value.matches("[+-]?\\d{4,9}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(value));
            }
            Matcher dayFirst = DAY_FIRST.matcher(value);
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1))));
            }
            Matcher m = SPREADSHEET.matcher(value);
            if (m.matches()) {
                int month = MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
                if (month > 0) {
                    int year = Integer.parseInt(m.group(3));
                    return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, month, Integer.parseInt(m.group(1))));
                }
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a real date");
        }
        throw new IllegalArgumentException("'" + value + "' is not a date in the form 2024-05-28, 28-May-24 or 28/05/2024");
    }
}
