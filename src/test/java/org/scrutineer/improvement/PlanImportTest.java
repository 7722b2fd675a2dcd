package org.scrutineer.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A children's services improvement plan in the appendix's shape: themes with their accountable
 * leads, areas, outcomes, actions over several milestone rows (the later rows blank where the table's
 * cells were merged), dates in the forms spreadsheets write, and doubtful rows; imported twice.
 */
@ScrutineerTest
class PlanImportTest {

    private static final AtomicInteger PLANS = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired AppClock clock;
    @Autowired PlanActionRepository actions;
    @Autowired TransactionTemplate transactions;

    private final ObjectMapper json = new ObjectMapper();
    private String title;

    @BeforeEach
    void aPlanOfItsOwn() {
        clock.freezeAt(Instant.parse("2025-12-01T10:00:00Z"));
        title = "Children's Services Improvement Plan " + PLANS.incrementAndGet() + " (" + System.nanoTime() + ")";
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String plan() throws Exception {
        try (var in = getClass().getResourceAsStream("/improvement/childrens-services-plan.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("Children's Services Improvement Plan,", "\"" + title + "\",");
        }
    }

    private HttpResponse<String> get(String user, String path, String accept) {
        return (user == null ? ApiClient.anonymous(port) : ApiClient.as(port, user, "demo")).get(path, accept);
    }

    private HttpResponse<String> upload(String user, String csv) {
        return (user == null ? ApiClient.anonymous(port) : ApiClient.as(port, user, "demo"))
                .post("/api/plans/import", "text/csv", HttpRequest.BodyPublishers.ofString(csv));
    }

    private JsonNode imported(String user, String csv) throws Exception {
        HttpResponse<String> answer = upload(user, csv);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private JsonNode planJson(long id) throws Exception {
        HttpResponse<String> answer = get("member", "/api/plans/" + id, "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.isTextual() ? node.asText() : node.toString()));
        return texts;
    }

    private static JsonNode action(JsonNode plan, String ref) {
        for (JsonNode theme : plan.path("themes")) {
            for (JsonNode action : theme.path("actions")) {
                if (action.path("ref").asText().equals(ref)) {
                    return action;
                }
            }
        }
        throw new AssertionError("no action " + ref);
    }

    @Test
    void thePlanIsImportedWithItsThemesActionsAndMilestonesAndTheDoubtfulRowsNamed() throws Exception {
        JsonNode result = imported("clerk", plan());

        assertThat(result.path("imported").asInt()).isEqualTo(9);
        assertThat(result.path("unchanged").asInt()).isZero();
        assertThat(texts(result.path("warnings"))).containsExactly(
                "Row 9 (P2.1): lead 'nobody-here' is not a user or group in the staff directory; left blank, to be given on the plan's page",
                "Row 9 (P2.1): brag 'purple' is not blue, green, amber, red or grey; imported without a rating",
                "Row 10 (P2.2): milestone date 'soon' is not a date in the form 2024-05-28, 28-May-24 or 28/05/2024; the milestone is imported without a date",
                "Row 11 (P2.2): repeats row 10 (the same ref and milestone); not imported again");

        JsonNode plan = planJson(result.path("planId").asLong());
        assertThat(plan.path("title").asText()).isEqualTo(title);
        assertThat(plan.path("actions").asInt()).isEqualTo(6);
        assertThat(plan.path("brag").properties()).extracting(e -> e.getKey() + "=" + e.getValue().asInt())
                .containsExactly("blue=1", "green=1", "amber=1", "red=1", "grey=0", "unrated=2");
        assertThat(plan.path("themes")).extracting(t -> t.path("name").asText() + " / " + t.path("accountableLead").asText())
                .containsExactly("Our workforce / director", "Our practice / head-of-service");
        JsonNode workforce = plan.path("themes").get(0);
        assertThat(workforce.path("areas").get(0).path("title").asText()).isEqualTo("W1 The stability, capacity and skill mix of our workforce");
        assertThat(workforce.path("areas").get(0).path("outcomes")).extracting(o -> o.path("title").asText())
                .containsExactly("1.1 Social workers have caseloads they can manage", "1.2 Managers supervise every social worker each month");

        JsonNode recruit = action(plan, "W1.1");
        assertThat(recruit.path("lead").asText()).isEqualTo("heads-of-service");
        assertThat(recruit.path("brag").asText()).isEqualTo("green");
        assertThat(texts(recruit.path("outcomes"))).containsExactly("1.1 Social workers have caseloads they can manage");
        assertThat(recruit.path("milestones")).extracting(m -> m.path("text").asText() + " by " + m.path("dueOn").asText())
                .as("the merged cells of the later rows are the action's")
                .containsExactly("Market supplement agreed by the appointments panel by 2026-03-31",
                        "First cohort of the career pathway starts by 2026-09-30",
                        "Agency staff below 15% of social workers, reported to the board by 2027-03-31");
        assertThat(recruit.path("milestones").get(0).path("firstDueOn").asText()).isEqualTo("2026-03-31");
        assertThat(action(plan, "P1.2").path("milestones")).isEmpty();
        assertThat(action(plan, "P1.2").path("brag").isNull()).isTrue();
        assertThat(action(plan, "P2.1").path("lead").isNull()).isTrue();
        assertThat(action(plan, "P2.1").path("text").asText()).isEqualTo("=Review the front door's thresholds");
        assertThat(action(plan, "P2.2").path("milestones").get(0).path("dueOn").isNull()).isTrue();

        transactions.executeWithoutResult(status -> {
            PlanAction held = actions.findById(recruit.path("id").asLong()).orElseThrow();
            assertThat(held.getUpdates()).singleElement().satisfies(update -> {
                assertThat(update.getKind()).isEqualTo(ActionUpdate.Kind.IMPORTED);
                assertThat(update.getBrag()).hasValue(Brag.GREEN);
                assertThat(update.getUpdatedBy()).isEqualTo("clerk");
                assertThat(update.getUpdatedOn()).hasToString("2025-12-01");
            });
        });
    }

    @Test
    void theSameFileImportedAgainChangesNothing() throws Exception {
        JsonNode first = imported("director", plan());
        JsonNode before = planJson(first.path("planId").asLong());

        JsonNode again = imported("clerk", plan());

        assertThat(again.path("planId").asLong()).isEqualTo(first.path("planId").asLong());
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(9);
        assertThat(texts(again.path("warnings"))).containsExactly("Row 11 (P2.2): repeats row 10 (the same ref and milestone); not imported again");
        assertThat(planJson(first.path("planId").asLong())).isEqualTo(before);
    }

    @Test
    void theExportIsTheImportsColumnsWithFormulasNeutralisedAndImportsBackUnchanged() throws Exception {
        long id = imported("clerk", plan()).path("planId").asLong();

        HttpResponse<String> export = get("member", "/api/plans/" + id, "text/csv");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(export.body().lines().findFirst()).hasValue(String.join(",", PlanImport.COLUMNS));
        assertThat(export.body()).contains("'=Review the front door's thresholds").doesNotContain(",=Review");
        assertThat(export.body().lines().count()).as("the header and one row a milestone, or a row for an action without one").isEqualTo(1 + 9);

        JsonNode back = imported("clerk", export.body());
        assertThat(back.path("imported").asInt()).isZero();
        assertThat(back.path("unchanged").asInt()).isEqualTo(9);
        assertThat(back.path("warnings")).isEmpty();
    }

    @Test
    void aLaterFileAddsItsNewMilestoneAndNamesWhatItSaysDifferently() throws Exception {
        long id = imported("clerk", plan()).path("planId").asLong();
        String later = "plan,theme,accountable_lead,ref,area,outcome,action,milestone,milestone_date,lead,brag\n"
                + "\"" + title + "\",Our workforce,director,W1.2,\"W1 The stability, capacity and skill mix of our workforce\","
                + "1.2 Managers supervise every social worker each month,Audit supervision monthly and act on what it finds,"
                + "Annual supervision survey,2026-11-30,service-managers,green\n";

        JsonNode result = imported("clerk", later);

        assertThat(result.path("imported").asInt()).isEqualTo(1);
        assertThat(texts(result.path("warnings"))).containsExactly("Row 2 (W1.2): the action is rated amber now; a rating changes through "
                + "its lead's progress update, so the file's green is not imported");
        JsonNode audit = action(planJson(id), "W1.2");
        assertThat(audit.path("brag").asText()).isEqualTo("amber");
        assertThat(audit.path("milestones")).extracting(m -> m.path("text").asText())
                .containsExactly("Supervision audit tool in use", "Quarterly audit report to the board", "Annual supervision survey");
    }

    @Test
    void aFileThatCannotBeAPlanIsRefusedInWords() throws Exception {
        HttpResponse<String> noBrag = upload("clerk", "plan,theme,accountable_lead,ref,area,outcome,action,milestone,milestone_date,lead\nA,B,,R1,,,Do it,,,,\n");
        assertThat(noBrag.statusCode()).isEqualTo(400);
        assertThat(noBrag.body()).contains("The file has no column brag").doesNotContain("Exception");

        HttpResponse<String> twoPlans = upload("clerk", "plan,theme,accountable_lead,ref,area,outcome,action,milestone,milestone_date,lead,brag\n"
                + "First plan,T,,R1,,,Do it,,,,\nSecond plan,T,,R2,,,Do that,,,,\n");
        assertThat(twoPlans.statusCode()).isEqualTo(400);
        assertThat(twoPlans.body()).contains("The file holds more than one plan (First plan; Second plan). Import one plan at a time");

        HttpResponse<String> empty = upload("clerk", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("The file has no rows");

        HttpResponse<String> unnamed = upload("clerk", "plan,theme,accountable_lead,ref,area,outcome,action,milestone,milestone_date,lead,brag\n"
                + ",T,,R1,,,Do it,,,,\n");
        assertThat(unnamed.statusCode()).isEqualTo(400);
        assertThat(unnamed.body()).contains("No row names its plan");
    }

    @Test
    void onlyDemocraticServicesAndTheDirectorsImportAndOnlyStaffRead() throws Exception {
        assertThat(upload("cabinet-member", plan()).statusCode()).isEqualTo(403);
        assertThat(upload("member", plan()).statusCode()).isEqualTo(403);
        assertThat(upload(null, plan()).statusCode()).isEqualTo(401);
        assertThat(get(null, "/api/plans", "application/json").statusCode()).isEqualTo(401);
        long id = imported("director", plan()).path("planId").asLong();

        HttpResponse<String> list = get("member", "/api/plans", "application/json");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json.readTree(list.body())).anySatisfy(p -> {
            assertThat(p.path("id").asLong()).isEqualTo(id);
            assertThat(p.path("title").asText()).isEqualTo(title);
            assertThat(p.path("actions").asInt()).isEqualTo(6);
            assertThat(p.has("themes")).isFalse();
        });
        HttpResponse<String> missing = get("member", "/api/plans/987654321", "application/json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("Exception", "org.scrutineer");
    }
}
