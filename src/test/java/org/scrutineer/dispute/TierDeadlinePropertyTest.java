package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.scrutineer.calendar.TestCalendars;
import org.scrutineer.calendar.WorkingDayCalendar;

/** However a formal dispute climbs the tiers, no tier is given longer than the stage's resolution day. */
class TierDeadlinePropertyTest {

    private final WorkingDayCalendar calendar = TestCalendars.englandAndWales();
    private final DisputeSettings settings = DisputeFixtures.settings(Map.of());
    private final DisputeDeadlines deadlines = new DisputeDeadlines(calendar, settings);

    @Provide
    Arbitrary<LocalDate> notificationDays() {
        return Arbitraries.integers().between(0, 365 * 9).map(offset -> LocalDate.of(2019, 1, 1).plusDays(offset));
    }

    @Property(tries = 300)
    void everyTierIsDueByTheResolutionDayUnlessTheEscalationCameTooLate(@ForAll("notificationDays") LocalDate notifiedOn,
                                                                       @ForAll @IntRange(min = 0, max = 40) int calendarDaysLater,
                                                                       @ForAll @IntRange(min = 0, max = 2) int tier) {
        LocalDate resolution = deadlines.formalResolution(notifiedOn);
        LocalDate escalatedOn = notifiedOn.plusDays(calendarDaysLater);
        if (deadlines.tooLateForTheNextTier(escalatedOn, resolution)) {
            assertThat(calendar.workingDaysBetween(escalatedOn, resolution)).isLessThan(1);
            assertThat(calendar.workingDaysBetween(escalatedOn, deadlines.lateEscalationResponse(escalatedOn))).isEqualTo(1);
        } else {
            LocalDate due = deadlines.tierResponse(tier, escalatedOn, resolution);
            assertThat(due).isBeforeOrEqualTo(resolution).isAfter(escalatedOn);
            assertThat(calendar.isWorkingDay(due)).isTrue();
        }
    }
}
