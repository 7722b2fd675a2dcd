package org.scrutineer.recommendation;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tracker as CSV: the import's columns first, so an export can be imported elsewhere, then the
 * rest. Cells a spreadsheet would run as formulas are neutralised (see {@link CsvRows}).
 */
final class TrackerCsv {

    private TrackerCsv() {
    }

    static String of(List<RecommendationJson> rows) {
        StringBuilder out = new StringBuilder(String.join(",", RecommendationImport.COLUMNS))
                .append(",id,scrutiny_type,decision,closure,response_status,as_of,responded_by,response_wording\r\n");
        for (RecommendationJson r : rows) {
            out.append(Stream.of(r.meetingDate(), r.topic(), r.number(), r.text(), r.addressee(), r.dateSent(), r.dueDate(),
                            r.dateReceived(), r.response(), r.id(), r.scrutinyType(), r.decision(), r.closure(), r.responseStatus(), r.asOf(),
                            r.respondedBy(), r.responseWording())
                    .map(CsvRows::field).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }
}
