package org.scrutineer.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;

/** Bank holidays in the GOV.UK {@code bank-holidays.json} format, for one division. */
public final class BankHolidays {

    private final Map<LocalDate, String> holidays;

    private BankHolidays(Map<LocalDate, String> holidays) {
        this.holidays = holidays;
    }

    public static BankHolidays of(Map<LocalDate, String> holidays) {
        return new BankHolidays(new TreeMap<>(holidays));
    }

    public static BankHolidays load(Resource resource, String division) {
        try (InputStream in = resource.getInputStream()) {
            JsonNode events = new ObjectMapper().readTree(in).path(division).path("events");
            if (!events.isArray() || events.isEmpty()) {
                throw new IllegalStateException("No bank holidays for division '" + division + "' in " + resource);
            }
            Map<LocalDate, String> holidays = new TreeMap<>();
            events.forEach(e -> holidays.put(LocalDate.parse(e.path("date").asText()), e.path("title").asText()));
            return new BankHolidays(holidays);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bank holidays from " + resource, e);
        }
    }

    public boolean contains(LocalDate date) {
        return holidays.containsKey(date);
    }

    public String nameOf(LocalDate date) {
        return holidays.get(date);
    }

    public Set<LocalDate> dates() {
        return holidays.keySet();
    }

    /** The years the file lists bank holidays for; in any other year the calendar knows only weekends. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        holidays.keySet().forEach(d -> years.add(d.getYear()));
        return years;
    }
}
