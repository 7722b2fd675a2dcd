package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import jakarta.validation.Validation;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.scrutineer.calendar.TestCalendars;
import org.scrutineer.web.Refusal;

/** The case reference format is the council's to set. */
class CaseReferenceFormatTest {

    private final DisputeRepository repository = mock(DisputeRepository.class);
    private final Clock clock = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneId.of("Europe/London"));

    private DisputeIntake intakeWithFormat(String pattern, String example) {
        DisputeSettings settings = DisputeFixtures.settings(Map.of("scrutineer.disputes.case-reference-pattern", pattern,
                "scrutineer.disputes.case-reference-example", example));
        when(repository.save(any())).thenAnswer(invocation -> invocation.getArgument(0));
        return new DisputeIntake(repository, new DisputeDeadlines(TestCalendars.englandAndWales(), settings), settings,
                mock(RuntimeService.class), clock, TestCalendars.enteredDates(clock), Validation.buildDefaultValidatorFactory().getValidator());
    }

    private static DisputeSubmission dispute(String reference) {
        return DisputeFixtures.submission(Map.of("caseReference", reference, "category", "other", "stage", "informal", "notifiedOn", "2027-03-01",
                "description", "Plan not reviewed"));
    }

    @Test
    void aConfiguredFormatIsAcceptedAndTheDefaultOneRefused() {
        DisputeIntake intake = intakeWithFormat("LAC[0-9]{6}", "LAC012345");
        assertThat(intake.raise(dispute("LAC123456"), "iro").getCaseReference()).isEqualTo("LAC123456");
        assertThatThrownBy(() -> intake.raise(dispute("CYP-104233"), "iro"))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.getStatusCode().value()).as("a rule, not a malformed field").isEqualTo(422);
                    assertThat(e.errors().get("caseReference")).contains("like LAC012345");
                });
    }

    @Test
    void theFormatMustMatchInFull() {
        DisputeIntake intake = intakeWithFormat("[A-Z]{2,4}-[0-9]{4,8}", "CYP-104233");
        assertThatThrownBy(() -> intake.raise(dispute("CYP-104233 Jamie"), "iro")).isInstanceOf(Refusal.class);
    }
}
