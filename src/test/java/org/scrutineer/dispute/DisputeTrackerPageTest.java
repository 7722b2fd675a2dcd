package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ScrutineerTest
class DisputeTrackerPageTest {

    @Autowired MockMvc mvc;
    @Autowired AppClock clock;
    @Autowired DisputeIntake intake;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Dispute raise(String stage, String notifiedOn) {
        return intake.raise(DisputeFixtures.submission(Map.of("caseReference", DisputeFixtures.caseReference(), "category", "drift-and-delay",
                "stage", stage, "notifiedOn", notifiedOn, "description", "Plan drift.")), "iro");
    }

    @Test
    void openDisputesByStageWithDaysElapsedAgainstDayFifteenAndTwentyOverdueFirst() throws Exception {
        clock.freezeAt(DisputeFixtures.FIRST_OF_MARCH);
        Dispute recent = raise("informal", "2027-03-01");
        Dispute late = raise("informal", "2027-02-15");
        Dispute formal = raise("formal", "2027-02-15");

        String page = mvc.perform(get("/staff/disputes").with(user("iro").authorities(() -> "iro")))
                .andReturn().getResponse().getContentAsString();
        int informal = page.indexOf("id=\"informal\"");
        int formalSection = page.indexOf("id=\"formal\"");
        int lateRow = page.indexOf("id=\"dispute-" + late.getId() + "\"");
        int recentRow = page.indexOf("id=\"dispute-" + recent.getId() + "\"");
        int formalRow = page.indexOf("id=\"dispute-" + formal.getId() + "\"");
        assertThat(informal).isPositive().isLessThan(lateRow);
        assertThat(lateRow).as("overdue first").isLessThan(recentRow);
        assertThat(recentRow).isLessThan(formalSection);
        assertThat(formalRow).isGreaterThan(formalSection);

        String formalCells = page.substring(formalRow, page.indexOf("</tr>", formalRow));
        assertThat(formalCells).contains(formal.getCaseReference(), ">10<", "of 15 and 20", "Meeting 8 March 2027; resolution 15 March 2027", "On time");
        String lateCells = page.substring(lateRow, page.indexOf("</tr>", lateRow));
        assertThat(lateCells).contains(">10<", "of 5", "Overdue", "Drift and delay");
    }
}
