package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.notification.TaskCalendarFeeds;
import org.springframework.beans.factory.annotation.Autowired;

/** A dispute's task in a respondent's own calendar names its step only; nobody outside the dispute groups has it at all. */
@ScrutineerTest
class DisputeTaskCalendarTest {

    private static final String DESCRIPTION = "Contact with siblings stopped without review";

    @Autowired DisputeIntake intake;
    @Autowired TaskCalendarFeeds feeds;
    @Autowired AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String feedOf(String user) {
        String link = feeds.newLink(user);
        return feeds.feed(link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length())).orElseThrow();
    }

    @Test
    void theRespondentSeesTheStepAndTheDueDayButNothingOfTheCase() {
        clock.freezeAt(Instant.parse("2028-02-07T09:00:00Z"));
        String reference = DisputeFixtures.caseReference();
        intake.raise(DisputeFixtures.submission(Map.of("caseReference", reference, "category", "professional-difference",
                "stage", "informal", "notifiedOn", "2028-02-07", "description", DESCRIPTION)), "iro");

        String respondent = feedOf("team-manager").replaceAll("\r\n[ \t]", "");
        assertThat(respondent).contains("SUMMARY:Due: Respond to the informal dispute (");
        assertThat(respondent).doesNotContain(reference, DESCRIPTION, "professional");

        for (String outsider : new String[] {"clerk", "cabinet-member", "author", "member"}) {
            assertThat(feedOf(outsider)).as(outsider).doesNotContain("dispute", reference);
        }
    }
}
