package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Every rule of bpmn/report-reviewers.dmn, as shipped, on its own and together. */
class ReportReviewersDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTheShippedTable() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = ReportReviewersDecisionTest.class.getResourceAsStream("/bpmn/report-reviewers.dmn")) {
            decision = dmn.parseDecision("report-reviewers", table);
        }
    }

    private static Map<String, Object> plainReport() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("resourceImplications", false);
        inputs.put("legalImplications", false);
        inputs.put("procurementImplications", false);
        inputs.put("equalityImplications", false);
        inputs.put("riskImplications", false);
        inputs.put("decisionType", "non-key");
        inputs.put("classification", "open");
        inputs.put("publicInterest", false);
        return inputs;
    }

    private static List<String> rolesFor(Map<String, Object> inputs) {
        return dmn.evaluateDecisionTable(decision, inputs).collectEntries("role");
    }

    private static List<String> rolesWith(String input, Object value) {
        Map<String, Object> inputs = plainReport();
        inputs.put(input, value);
        return rolesFor(inputs);
    }

    @Test
    void governanceReviewsEveryReportEvenOneWithNoFlags() {
        assertThat(rolesFor(plainReport())).containsExactly("governance");
    }

    @Test
    void financeReviewsResourceImplications() {
        assertThat(rolesWith("resourceImplications", true)).containsExactlyInAnyOrder("governance", "finance");
    }

    @Test
    void legalReviewsLegalImplications() {
        assertThat(rolesWith("legalImplications", true)).containsExactlyInAnyOrder("governance", "legal");
    }

    @Test
    void legalReviewsAKeyDecision() {
        assertThat(rolesWith("decisionType", "key")).containsExactlyInAnyOrder("governance", "legal");
        assertThat(rolesWith("decisionType", "for-information")).containsExactly("governance");
    }

    @Test
    void legalReviewsAnExemptReport() {
        assertThat(rolesWith("classification", "exempt")).containsExactlyInAnyOrder("governance", "legal");
    }

    @Test
    void equalityDutyReviewsEqualityImplications() {
        assertThat(rolesWith("equalityImplications", true)).containsExactlyInAnyOrder("governance", "equality");
    }

    @Test
    void procurementReviewsProcurementImplications() {
        assertThat(rolesWith("procurementImplications", true)).containsExactlyInAnyOrder("governance", "procurement");
    }

    @Test
    void riskReviewsRiskImplications() {
        assertThat(rolesWith("riskImplications", true)).containsExactlyInAnyOrder("governance", "risk");
    }

    @Test
    void communicationsReviewsAReportOfPublicInterest() {
        assertThat(rolesWith("publicInterest", true)).containsExactlyInAnyOrder("governance", "communications");
    }

    @Test
    void everyRuleOfTheTableIsCoveredByATestAbove() {
        assertThat(decision.getDecisionLogic()).isInstanceOf(org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl.class);
        assertThat(((org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic()).getRules())
                .extracting(r -> r.getId())
                .containsExactly("governanceAlways", "financeForResources", "legalForLegalImplications", "legalForKeyDecision",
                        "legalForExemptReport", "equalityForEqualityImplications", "procurementForProcurementImplications",
                        "riskForRiskImplications", "communicationsForPublicInterest");
    }

    @Property
    void eachRoleIsProposedExactlyWhenItsRuleApplies(@ForAll boolean resource, @ForAll boolean legal, @ForAll boolean procurement,
                                                      @ForAll boolean equality, @ForAll boolean risk, @ForAll boolean publicInterest,
                                                      @ForAll("decisionTypes") String decisionType, @ForAll("classifications") String classification) {
        Map<String, Object> inputs = plainReport();
        inputs.put("resourceImplications", resource);
        inputs.put("legalImplications", legal);
        inputs.put("procurementImplications", procurement);
        inputs.put("equalityImplications", equality);
        inputs.put("riskImplications", risk);
        inputs.put("publicInterest", publicInterest);
        inputs.put("decisionType", decisionType);
        inputs.put("classification", classification);

        Set<String> expected = new LinkedHashSet<>(List.of("governance"));
        if (resource) expected.add("finance");
        if (legal || "key".equals(decisionType) || "exempt".equals(classification)) expected.add("legal");
        if (equality) expected.add("equality");
        if (procurement) expected.add("procurement");
        if (risk) expected.add("risk");
        if (publicInterest) expected.add("communications");

        assertThat(new LinkedHashSet<>(rolesFor(inputs))).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> decisionTypes() {
        return Arbitraries.of(ReportRegistration.DECISION_TYPES);
    }

    @Provide
    Arbitrary<String> classifications() {
        return Arbitraries.of("open", "exempt");
    }
}
