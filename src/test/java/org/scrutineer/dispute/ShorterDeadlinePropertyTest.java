package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Validation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.calendar.TestCalendars;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.scrutineer.web.Refusal;

/** The IRO may shorten any deadline to any day after day 0, but never lengthen it. */
class ShorterDeadlinePropertyTest {

    private final WorkingDayCalendar calendar = TestCalendars.englandAndWales();
    private final DisputeSettings settings = DisputeFixtures.settings(Map.of());
    private final DisputeDeadlines deadlines = new DisputeDeadlines(calendar, settings);

    private DisputeIntake intake() {
        DisputeRepository repository = mock(DisputeRepository.class);
        when(repository.save(any())).thenAnswer(invocation -> invocation.getArgument(0));
        Clock clock = Clock.fixed(LocalDate.of(2029, 1, 1).atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
        return new DisputeIntake(repository, deadlines, settings, mock(RuntimeService.class), clock, TestCalendars.enteredDates(clock),
                Validation.buildDefaultValidatorFactory().getValidator());
    }

    @Provide
    Arbitrary<LocalDate> notificationDays() {
        return Arbitraries.integers().between(0, 365 * 9).map(offset -> LocalDate.of(2019, 1, 1).plusDays(offset));
    }

    private static DisputeSubmission formal(LocalDate notifiedOn, LocalDate resolutionDueBy) {
        Map<String, Object> body = new HashMap<>(Map.of("caseReference", "CYP-123456", "category", "other", "stage", "formal",
                "notifiedOn", notifiedOn.toString(), "description", "Plan not reviewed"));
        body.put("resolutionDueBy", resolutionDueBy.toString());
        return DisputeFixtures.submission(body);
    }

    @Property
    void theProtocolDeadlinesAreWorkingDaysAtTheirCount(@ForAll("notificationDays") LocalDate notifiedOn) {
        assertThat(calendar.workingDaysBetween(notifiedOn, deadlines.informalResponse(notifiedOn))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(notifiedOn, deadlines.formalMeeting(notifiedOn))).isEqualTo(15);
        assertThat(calendar.workingDaysBetween(notifiedOn, deadlines.formalResolution(notifiedOn))).isEqualTo(20);
        assertThat(calendar.isWorkingDay(deadlines.formalResolution(notifiedOn))).isTrue();
    }

    @Property(tries = 200)
    void aResolutionDayUpToDayTwentyIsKeptAndALaterOneRefused(@ForAll("notificationDays") LocalDate notifiedOn,
                                                            @ForAll @IntRange(min = 1, max = 40) int calendarDays) {
        LocalDate asked = notifiedOn.plusDays(calendarDays);
        LocalDate standard = deadlines.formalResolution(notifiedOn);
        if (asked.isAfter(standard)) {
            assertThatThrownBy(() -> intake().raise(formal(notifiedOn, asked), "iro"))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.errors()).containsKey("resolutionDueBy"));
        } else {
            Dispute dispute = intake().raise(formal(notifiedOn, asked), "iro");
            assertThat(dispute.getResolutionDueBy()).isEqualTo(asked);
            assertThat(dispute.getTierDueBy()).isEqualTo(asked);
            assertThat(dispute.getMeetingDueBy()).isBeforeOrEqualTo(asked);
        }
    }
}
