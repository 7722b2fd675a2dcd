package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The demo tracker history ends just before the demo year, whatever the date, on the same weekdays as the file. */
class RecommendationDemoTest {

    private static final String CSV = """
            meeting_date,topic,rec_no,recommendation,addressee,date_sent,due_date,date_received,response
            2024-06-18,Early help,1,"That a directory is published, by 2024-09-01.",Cabinet,2024-06-21,2024-08-21,2024-08-14,Accepted.
            2025-03-18,Care leavers,1,That care leavers pay no council tax.,Cabinet,2025-03-21,2025-05-21,2025-06-25,Accepted.
            """;

    @Test
    void everyDateMovesByTheSameWholeWeeksSoTheLastFallsInTheWeekBefore() {
        LocalDate yearBegins = LocalDate.parse("2027-02-10");
        String moved = RecommendationDemo.endingBefore(CSV, yearBegins);

        LocalDate last = LocalDate.parse("2025-06-25");
        long weeks = java.time.temporal.ChronoUnit.WEEKS.between(last, LocalDate.parse("2027-02-09"));
        assertThat(moved).contains(last.plusWeeks(weeks).toString(), LocalDate.parse("2024-06-18").plusWeeks(weeks).toString(),
                LocalDate.parse("2024-09-01").plusWeeks(weeks).toString());
        assertThat(last.plusWeeks(weeks)).isBetween(yearBegins.minusDays(7), yearBegins.minusDays(1))
                .satisfies(d -> assertThat(d.getDayOfWeek()).isEqualTo(last.getDayOfWeek()));
        assertThat(moved).doesNotContain("2024-", "2025-").contains("That care leavers pay no council tax.");
    }

    @Test
    void aHistoryFromAfterTheYearMovesBackBeforeIt() {
        String moved = RecommendationDemo.endingBefore(CSV, LocalDate.parse("2025-01-06"));

        assertThat(moved).doesNotContain("2025-06-25").contains("2025-01-01,Accepted.", "2024-09-24,Care leavers");
    }
}
