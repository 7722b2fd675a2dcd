package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every delegate and listener reads what a form or an API caller sent through one reader: the same
 * value reads the same way whichever way it was sent, and a value that cannot be read as asked is
 * refused with the reason, never taken as a default.
 */
class ProcessVariablesTest {

    private static final ListVariable ROLES = ListVariable.named("roles", "[\"governance\", \"finance\"]");

    /** The variables of a task or execution, as the engine hands them to a listener or delegate. */
    private static ProcessVariables sent(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        VariableScope scope = (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(), new Class<?>[] {VariableScope.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getVariable" -> {
                        Object value = variables.get((String) args[0]);
                        yield value instanceof TypedValue typed ? typed.getValue() : value;
                    }
                    case "getVariableTyped" -> {
                        Object value = variables.get((String) args[0]);
                        yield value == null ? null : value instanceof TypedValue typed ? typed : Variables.untypedValue(value);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return ProcessVariables.of(scope);
    }

    private static String refusal(Runnable reading) {
        try {
            reading.run();
        } catch (EngineRuleRefusal refused) {
            return refused.getMessage();
        }
        throw new AssertionError("the value was read, not refused");
    }

    @Test
    void textIsStrippedAndEmptyTextIsNoText() {
        assertThat(sent("reasons", "  No budget this year.  ").text("reasons")).contains("No budget this year.");
        assertThat(sent("reasons", "   ").text("reasons")).isEmpty();
        assertThat(sent().text("reasons")).isEmpty();
        assertThat(sent("number", 12L).text("number")).contains("12");
        assertThatThrownBy(() -> sent().text("reasons", "Give the reasons")).isInstanceOf(ProcessEngineException.class)
                .hasMessage("Give the reasons");
    }

    @Test
    void textThatIsAListOrAnObjectIsRefused() {
        assertThat(refusal(() -> sent("response", List.of("a", "b")).text("response"))).isEqualTo("response must be a piece of text");
        assertThat(refusal(() -> sent("response", Map.of("a", "b")).text("response"))).isEqualTo("response must be a piece of text");
    }

    @Test
    void aCheckboxReadsTheSameAsABooleanOrAsText() {
        assertThat(sent("actionDone", true).flag("actionDone")).contains(true);
        assertThat(sent("actionDone", "true").flag("actionDone")).contains(true);
        assertThat(sent("actionDone", " FALSE ").flag("actionDone")).contains(false);
        assertThat(sent("actionDone", Variables.booleanValue(true)).ticked("actionDone")).isTrue();
        assertThat(sent().ticked("actionDone")).as("a checkbox not sent is not ticked").isFalse();
        assertThat(sent("actionDone", "").flag("actionDone")).isEmpty();
    }

    @ParameterizedTest(name = "actionDone = {0}")
    @ValueSource(strings = {"yes", "1", "done", "[true]"})
    void aCheckboxThatIsNeitherTrueNorFalseIsRefusedNotTakenAsUnticked(String value) {
        assertThat(refusal(() -> sent("actionDone", value).ticked("actionDone"))).isEqualTo("actionDone must be true or false");
        assertThat(refusal(() -> sent("actionDone", 1L).ticked("actionDone"))).isEqualTo("actionDone must be true or false");
    }

    @Test
    void aDateReadsTheSameAsFormTextAsADateOrAsADateAndTime() {
        LocalDate day = LocalDate.of(2027, 3, 15);
        assertThat(sent("meetingHeldOn", "2027-03-15").date("meetingHeldOn")).contains(day);
        assertThat(sent("meetingHeldOn", "2027-03-15T00:00:00").date("meetingHeldOn")).contains(day);
        assertThat(sent("meetingHeldOn", day).date("meetingHeldOn")).contains(day);
        assertThat(sent("meetingHeldOn", Date.from(Instant.parse("2027-03-14T23:30:00Z"))).date("meetingHeldOn"))
                .as("half past eleven at night in London in March, which keeps GMT").contains(LocalDate.of(2027, 3, 14));
        assertThat(sent("meetingHeldOn", Date.from(Instant.parse("2027-06-14T23:30:00Z"))).date("meetingHeldOn"))
                .as("half past midnight in London in June, in British Summer Time").contains(LocalDate.of(2027, 6, 15));
        assertThat(sent("meetingHeldOn", " ").date("meetingHeldOn")).isEmpty();
        assertThat(sent().date("meetingHeldOn")).isEmpty();
    }

    @Test
    void aDateThatIsNotADateIsRefusedWithTheReason() {
        assertThat(refusal(() -> sent("meetingHeldOn", "15 March").date("meetingHeldOn"))).isEqualTo("Enter meetingHeldOn as a date, like 2027-03-15");
        assertThat(refusal(() -> sent("meetingHeldOn", 20270315L).date("meetingHeldOn"))).isEqualTo("Enter meetingHeldOn as a date, like 2027-03-15");
        assertThat(refusal(() -> sent("newDueDate", "+999999999-01-01").date("newDueDate", "Enter the newDueDate as a date, like 2027-03-31")))
                .isEqualTo("Enter the newDueDate as a date, like 2027-03-31");
        assertThatThrownBy(() -> sent().date("meetingHeldOn", "unused", "Enter the date the meeting was held"))
                .isInstanceOf(ProcessEngineException.class).hasMessage("Enter the date the meeting was held");
    }

    @Test
    void aWholeNumberReadsTheSameAsANumberOrAsItsDigits() {
        assertThat(sent("disputeId", 7L).number("disputeId")).contains(7L);
        assertThat(sent("disputeId", 7).number("disputeId")).contains(7L);
        assertThat(sent("disputeId", 7.0).number("disputeId")).contains(7L);
        assertThat(sent("disputeId", " 7 ").number("disputeId")).contains(7L);
        assertThat(sent("disputeId", Variables.longValue(7L)).id("disputeId")).isEqualTo(7L);
        assertThat(refusal(() -> sent("actionPosition", "first").number("actionPosition"))).isEqualTo("actionPosition must be a whole number, like 12");
        assertThat(refusal(() -> sent("actionPosition", 1.5).number("actionPosition"))).isEqualTo("actionPosition must be a whole number, like 12");
        assertThatThrownBy(() -> sent().id("reportId")).isInstanceOf(IllegalStateException.class).hasMessage("This process has no reportId");
    }

    @Test
    void aChoiceIsOneOfItsIdsOrNone() {
        assertThat(sent("role", "finance").choice("role", id -> Optional.of(id).filter("finance"::equals))).contains("finance");
        assertThat(sent("role", "catering").choice("role", id -> Optional.of(id).filter("finance"::equals))).isEmpty();
        assertThat(sent().choice("role", Optional::of)).isEmpty();
    }

    @Test
    void aListReadsTheSameInEveryEncoding() {
        List<String> roles = List.of("governance", "finance");
        assertThat(sent("roles", roles).texts(ROLES)).contains(roles);
        assertThat(sent("roles", "[\"governance\", \"finance\"]").texts(ROLES)).contains(roles);
        assertThat(sent("roles", Variables.serializedObjectValue("[\"governance\",\"finance\"]")
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).objectTypeName("java.util.ArrayList").create()).texts(ROLES)).contains(roles);
        assertThat(sent("roles", "governance\n\nfinance\n").textsOrLines(ROLES)).contains(roles);
        assertThat(refusal(() -> sent("roles", "[governance").texts(ROLES)))
                .isEqualTo("roles must be a list, like [\"governance\", \"finance\"], but its JSON is incomplete or malformed.");
    }
}
