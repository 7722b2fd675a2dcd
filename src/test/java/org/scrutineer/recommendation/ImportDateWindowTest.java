package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A tracker row with a date no one could mean is refused with its reason; the rest of the file is imported. */
@ScrutineerTest
class ImportDateWindowTest {

    private static final String WINDOW = "is not between 1 January 2000 and 2 September 2034; not imported";

    @LocalServerPort int port;
    @Autowired RecommendationRepository recommendations;
    @Autowired AppClock clock;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void secondOfSeptember2024() {
        clock.freezeAt(Instant.parse("2024-09-02T09:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void rowsWithImpossibleDatesAreRefusedAndTheOthersImported() throws Exception {
        String csv = String.join("\n",
                String.join(",", RecommendationImport.COLUMNS),
                "0000-01-01,Window topic,1,That the year zero is refused,executive,,,,",
                "2024-03-12,Window topic,2,That a far sent date is refused,executive,9999-01-01,,,",
                "2024-03-12,Window topic,3,That a huge due date is refused,executive,2024-03-20,+999999999-01-01,,",
                "2024-03-12,Window topic,4,That a date before 2000 is refused,executive,2024-03-20,2024-05-20,31-Dec-1999,Accepted",
                "2024-03-12,Window topic,5,That a good row is still imported,executive,2024-03-20,2024-05-20,,",
                "");
        long before = recommendations.count();
        HttpResponse<String> answer = ApiClient.as(port, "clerk", "demo")
                .post("/api/recommendations/import", "text/csv", HttpRequest.BodyPublishers.ofString(csv));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode result = json.readTree(answer.body());
        assertThat(result.path("imported").asInt()).isEqualTo(1);
        List<String> warnings = json.convertValue(result.path("warnings"), json.getTypeFactory().constructCollectionType(List.class, String.class));
        assertThat(warnings).contains(
                "Row 2 (Window topic 1): meeting_date 0000-01-01 " + WINDOW,
                "Row 3 (Window topic 2): date_sent 9999-01-01 " + WINDOW,
                "Row 4 (Window topic 3): due_date +999999999-01-01 " + WINDOW,
                "Row 5 (Window topic 4): date_received 31-Dec-1999 " + WINDOW);
        assertThat(recommendations.count()).isEqualTo(before + 1);
        Recommendation imported = recommendations.findAll().stream().filter(r -> r.getTopic().equals("Window topic")).findFirst().orElseThrow();
        assertThat(imported.getNumber()).isEqualTo("5");
        assertThat(imported.getMeetingDate()).isEqualTo(LocalDate.parse("2024-03-12"));
    }
}
