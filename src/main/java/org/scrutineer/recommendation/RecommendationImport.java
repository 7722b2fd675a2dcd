package org.scrutineer.recommendation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.calendar.SpreadsheetDates;
import org.scrutineer.publishing.Sha256;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a council's existing tracker, with the columns
 * {@code meeting_date,topic,rec_no,recommendation,addressee,date_sent,due_date,date_received,response},
 * and optionally {@code decision}, {@code responded_by} and {@code response_wording}, as the export
 * writes them. A row is known by its meeting date, topic and number, so importing the same file
 * again changes nothing. Doubtful rows are imported with a warning; a row still awaiting a response
 * starts its process at the response, due when the file says. The decision is the file's
 * {@code decision} or the words the response begins with ("Noted", "Accepted in part"), and those
 * words are kept as the file had them.
 */
@Service
public class RecommendationImport {

    static final List<String> COLUMNS = List.of("meeting_date", "topic", "rec_no", "recommendation", "addressee",
            "date_sent", "due_date", "date_received", "response");

    private final RecommendationRepository recommendations;
    private final ResponseProcess process;
    private final DecisionWordings wordings;
    private final Clock clock;
    private final EnteredDates enteredDates;

    RecommendationImport(RecommendationRepository recommendations, ResponseProcess process, DecisionWordings wordings, Clock clock,
                         EnteredDates enteredDates) {
        this.recommendations = recommendations;
        this.process = process;
        this.wordings = wordings;
        this.clock = clock;
        this.enteredDates = enteredDates;
    }

    @Transactional
    public ImportResult importCsv(String csv) {
        List<Map<String, String>> rows = CsvRows.read(csv);
        List<String> warnings = new ArrayList<>();
        if (!rows.isEmpty()) {
            List<String> missing = COLUMNS.stream().filter(c -> !rows.get(0).containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw Refusal.invalid("csv", "The file has no column " + String.join(", ", missing)
                        + ". The columns are " + String.join(",", COLUMNS));
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        int imported = 0;
        int unchanged = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).values().stream().allMatch(String::isBlank)) {
                continue;
            }
            Row row = new Row(i + 2, rows.get(i), warnings);
            if (row.text.isEmpty() || row.topic.isEmpty() || row.number.isEmpty()) {
                row.warn("no topic, number or recommendation text; not imported");
                continue;
            }
            Optional<String> outside = row.dateOutside(enteredDates);
            if (outside.isPresent()) {
                row.warn(outside.get() + "; not imported");
                continue;
            }
            String key = key(row);
            Integer earlier = seen.putIfAbsent(key, row.line);
            if (earlier != null) {
                row.warn("repeats row " + earlier + " (same meeting date, topic and number); not imported again");
                continue;
            }
            if (recommendations.findByImportKey(key).isPresent()) {
                unchanged++;
                continue;
            }
            save(row, key);
            imported++;
        }
        return new ImportResult(imported, unchanged, warnings);
    }

    private void save(Row row, String key) {
        Addressee addressee = row.addressee();
        LocalDate meetingDate = row.date("meeting_date");
        if (meetingDate == null) {
            row.warn("no meeting date");
        }
        LocalDate sent = row.date("date_sent");
        LocalDate due = row.date("due_date");
        LocalDate received = row.date("date_received");
        String response = row.value("response");
        Optional<DecisionWordings.Worded> decision = decisionOf(row, response);
        boolean answered = !response.isEmpty() || decision.isPresent();
        if (sent != null && due != null && due.isBefore(sent)) {
            row.warn("due date " + due + " is before the date sent " + sent);
        }
        if (sent != null && received != null && received.isBefore(sent)) {
            row.warn("date received " + received + " is before the date sent " + sent);
        }
        if (sent == null && (due != null || received != null)) {
            row.warn("has a due or received date but no date sent");
        }
        if (received != null && !answered) {
            row.warn("has a date received but no response");
        }
        if (answered && received == null && (sent != null || due != null)) {
            row.warn("has a response but no date received; it is not counted as received until a date is given");
        }
        boolean awaiting = sent != null && received == null && !answered && addressee != Addressee.COMMITTEE;
        if (awaiting && due == null) {
            due = ResponseDueDate.after(sent, ScrutinyType.GENERAL);
            row.warn("awaiting a response with no due date; due " + due + ", two months after it was sent");
        }
        Recommendation r = recommendations.save(Recommendation.imported(meetingDate, row.topic, row.number, row.text, addressee,
                sent, due, received, decision.map(DecisionWordings.Worded::decision).orElse(null), response, key, clock.instant())
                .answeredAs(row.value("responded_by"), row.value("response_wording").isEmpty()
                        ? decision.map(DecisionWordings.Worded::words).orElse(null) : row.value("response_wording")));
        if (awaiting) {
            process.startAwaitingResponse(r);
        }
    }

    /** The decision the row's decision column states, or else the one its response begins by stating. */
    private Optional<DecisionWordings.Worded> decisionOf(Row row, String response) {
        String stated = row.value("decision");
        Optional<Decision> exported = Decision.fromId(stated);
        if (exported.isPresent()) {
            return Optional.of(new DecisionWordings.Worded(exported.get(), null));
        }
        if (!stated.isEmpty()) {
            Optional<DecisionWordings.Worded> decision = wordings.in(stated);
            if (decision.isPresent()) {
                return decision;
            }
            row.warn("decision '" + stated + "' is not one we know; read from the response instead");
        }
        return wordings.in(response);
    }

    private static String key(Row row) {
        String identity = row.value("meeting_date").toLowerCase(Locale.ROOT) + "|" + normal(row.topic) + "|" + normal(row.number);
        Optional<LocalDate> meeting = Optional.ofNullable(row.quietDate("meeting_date"));
        if (meeting.isPresent()) {
            identity = meeting.get() + "|" + normal(row.topic) + "|" + normal(row.number);
        }
        return Sha256.hex(identity.getBytes(StandardCharsets.UTF_8));
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** One row of the file, with its line number for warnings. */
    private static final class Row {

        final int line;
        final Map<String, String> values;
        final List<String> warnings;
        final String topic;
        final String number;
        final String text;

        Row(int line, Map<String, String> values, List<String> warnings) {
            this.line = line;
            this.values = values;
            this.warnings = warnings;
            this.topic = value("topic");
            this.number = value("rec_no");
            this.text = value("recommendation");
        }

        String value(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }

        void warn(String message) {
            warnings.add("Row " + line + " (" + (topic.isEmpty() ? "no topic" : topic) + (number.isEmpty() ? "" : " " + number) + "): " + message);
        }

        LocalDate date(String column) {
            try {
                return SpreadsheetDates.parse(value(column)).orElse(null);
            } catch (IllegalArgumentException e) {
                warn(column + " " + e.getMessage() + "; left blank");
                return null;
            }
        }

        /** The first date in the row that lies outside the dates anyone may enter, in words. */
        Optional<String> dateOutside(EnteredDates window) {
            for (String column : List.of("meeting_date", "date_sent", "due_date", "date_received")) {
                LocalDate date = quietDate(column);
                if (date != null && !window.contains(date)) {
                    return Optional.of(column + " " + value(column) + " is not " + window.between());
                }
            }
            return Optional.empty();
        }

        LocalDate quietDate(String column) {
            try {
                return SpreadsheetDates.parse(value(column)).orElse(null);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        Addressee addressee() {
            String given = value("addressee");
            String text = given.toLowerCase(Locale.ROOT);
            Optional<Addressee> exact = Addressee.fromId(text);
            if (exact.isPresent()) {
                return exact.get();
            }
            if (text.contains("cabinet member") || text.contains("portfolio")) {
                return Addressee.CABINET_MEMBER;
            }
            if (text.contains("cabinet") || text.contains("executive")) {
                return Addressee.EXECUTIVE;
            }
            if (text.contains("committee") || text.contains("work programme")) {
                return Addressee.COMMITTEE;
            }
            if (text.contains("council")) {
                return Addressee.COUNCIL;
            }
            if (text.contains("director") || text.contains("officer") || text.contains("head of")) {
                return Addressee.OFFICER;
            }
            if (text.contains("nhs") || text.contains("police") || text.contains("partner") || text.contains("board")
                    || text.contains("trust")) {
                return Addressee.PARTNER;
            }
            warn(given.isEmpty() ? "no addressee; taken as the executive" : "addressee '" + given + "' is not one we know; taken as the executive");
            return Addressee.EXECUTIVE;
        }
    }
}
