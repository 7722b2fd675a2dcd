package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.web.ApiClient;
import org.scrutineer.web.Refusal;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each test keeps to its own years, long before the configured members, so that their terms never meet. */
@ScrutineerTest
class MembershipApiTest {

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient clerk() {
        return ApiClient.as(port, "clerk", "demo");
    }

    private HttpResponse<String> add(String body) {
        return clerk().post("/api/committees/cyp/members", body);
    }

    private JsonNode added(String body) throws Exception {
        HttpResponse<String> response = add(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private JsonNode members(String asOf) throws Exception {
        HttpResponse<String> response = clerk().get("/api/committees/cyp/members" + (asOf == null ? "" : "?asOf=" + asOf));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> names(JsonNode members) {
        return members.findValuesAsText("name");
    }

    @Test
    void theChairAsOfADateIsTheOneServingThenWhenTheChairChangesMidYear() throws Exception {
        added("{\"name\":\"Cllr Ann Early\",\"role\":\"chair\",\"from\":\"2003-05-20\",\"to\":\"2003-11-30\"}");
        added("{\"name\":\"Cllr Ben Later\",\"role\":\"chair\",\"from\":\"2003-12-01\",\"to\":\"2004-05-18\"}");

        assertThat(names(members("2003-11-30"))).containsExactly("Cllr Ann Early");
        assertThat(names(members("2003-12-01"))).containsExactly("Cllr Ben Later");
        assertThat(names(members("2004-05-19"))).isEmpty();
    }

    @Test
    void membersComeChairFirstThenViceChairMembersAndCoOptedEachByName() throws Exception {
        added("{\"name\":\"Zoe Parent\",\"role\":\"co-opted\",\"represents\":\"Parent governor representative\",\"voting\":true,"
                + "\"from\":\"2006-05-20\",\"to\":\"2007-05-18\"}");
        added("{\"name\":\"Cllr Yusuf Member\",\"role\":\"member\",\"from\":\"2006-05-20\",\"to\":\"2007-05-18\"}");
        added("{\"name\":\"Cllr Abe Member\",\"role\":\"member\",\"from\":\"2006-05-20\",\"to\":\"2007-05-18\"}");
        added("{\"name\":\"Cllr Xena Vice\",\"role\":\"vice-chair\",\"from\":\"2006-05-20\",\"to\":\"2007-05-18\"}");
        added("{\"name\":\"Cllr Wyn Chair\",\"role\":\"chair\",\"from\":\"2006-05-20\",\"to\":\"2007-05-18\"}");
        added("{\"name\":\"Ada Observer\",\"role\":\"co-opted\",\"represents\":\"Youth council\",\"voting\":false,"
                + "\"from\":\"2006-05-20\",\"to\":\"2007-05-18\"}");

        JsonNode members = members("2006-09-01");
        assertThat(names(members)).containsExactly("Cllr Wyn Chair", "Cllr Xena Vice", "Cllr Abe Member", "Cllr Yusuf Member",
                "Ada Observer", "Zoe Parent");
        JsonNode observer = members.get(4);
        assertThat(observer.path("role").asText()).isEqualTo("co-opted");
        assertThat(observer.path("represents").asText()).isEqualTo("Youth council");
        assertThat(observer.path("voting").asBoolean()).isFalse();
        assertThat(observer.path("from").asText()).isEqualTo("2006-05-20");
        assertThat(observer.path("to").asText()).isEqualTo("2007-05-18");
        JsonNode chair = members.get(0);
        assertThat(chair.path("voting").asBoolean()).isTrue();
        assertThat(chair.path("represents").isNull()).isTrue();
    }

    @Test
    void todayIsTheDefaultAndTheConfiguredMembersServeNowWithTheirCoOptedMembers() throws Exception {
        JsonNode members = members(null);
        assertThat(members.get(0).path("role").asText()).isEqualTo("chair");
        assertThat(members.findValuesAsText("represents")).contains("Representative of the Diocese of Hereford",
                "Parent governor representative for the special school sector");
        assertThat(members.findValuesAsText("role")).containsOnlyOnce("chair", "vice-chair");
        assertThat(members.findValue("to").isNull()).isTrue();
    }

    @Test
    void onlyDemocraticServicesAddMembers() {
        String body = "{\"name\":\"Cllr Not Allowed\",\"role\":\"member\",\"from\":\"2008-05-20\"}";
        for (String user : List.of("scrutiny-officer", "chair", "member", "cabinet-member", "iro")) {
            HttpResponse<String> refused = ApiClient.as(port, user, "demo").post("/api/committees/cyp/members", body);
            assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
        }
        assertThat(clerk().get("/api/committees/cyp/members?asOf=2008-06-01").body()).doesNotContain("Not Allowed");
        assertThat(ApiClient.anonymous(port).get("/api/committees/cyp/members").statusCode()).isEqualTo(401);
    }

    @Test
    void theSecondLockRefusesSomeoneOutsideDemocraticServicesEvenPastTheDoor() {
        assertThatThrownBy(() -> new Membership(null, new Committees(List.of(
                        new Committee("cyp", null, null, null, null, null, null, null, null, null, null))), null, null, null)
                        .add("cyp", new MemberCandidate("Cllr X", MemberRole.MEMBER, null, true, null, null), List.of("committee-members")))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("Only democratic services");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a blank name      | {\"name\":\" \",\"role\":\"member\",\"from\":\"2009-05-20\"}                              | 400 | name       | Enter the member's name",
            "an unknown role   | {\"name\":\"Cllr A\",\"role\":\"mayor\",\"from\":\"2009-05-20\"}                          | 400 | role       | The role must be one of chair, vice-chair, member or co-opted",
            "no start          | {\"name\":\"Cllr A\",\"role\":\"member\"}                                                 | 400 | from       | Enter the date the member's term starts",
            "a date in words   | {\"name\":\"Cllr A\",\"role\":\"member\",\"from\":\"next May\"}                           | 400 | from       | 'from' must be a date as YYYY-MM-DD",
            "represents a body | {\"name\":\"Cllr A\",\"role\":\"member\",\"represents\":\"Diocese\",\"from\":\"2009-05-20\"} | 422 | represents | Only a co-opted member represents someone",
            "co-opted for none | {\"name\":\"B\",\"role\":\"co-opted\",\"from\":\"2009-05-20\"}                               | 422 | represents | Say whom the co-opted member represents",
            "ends before start | {\"name\":\"Cllr A\",\"role\":\"member\",\"from\":\"2009-05-20\",\"to\":\"2009-05-19\"}       | 422 | to         | The date the term ends must be the same as or after the date it starts",
            "starts too early  | {\"name\":\"Cllr A\",\"role\":\"member\",\"from\":\"1999-12-31\"}                         | 422 | from       | The date the term starts must be between 1 January 2000 and ",
            "ends too late     | {\"name\":\"Cllr A\",\"role\":\"member\",\"from\":\"2009-05-20\",\"to\":\"2999-01-01\"}       | 422 | to         | The date the term ends must be between 1 January 2000 and ",
            "an unknown field  | {\"name\":\"Cllr A\",\"role\":\"member\",\"from\":\"2009-05-20\",\"ward\":\"North\"}         | 400 | -          | ward",
    })
    void refusesAMemberThatBreaksARuleNamingTheField(String what, String body, int status, String field, String message) throws Exception {
        HttpResponse<String> refused = add(body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
        JsonNode problem = json.readTree(refused.body());
        if ("-".equals(field)) {
            assertThat(problem.path("error").asText()).contains(message);
        } else {
            assertThat(problem.path("errors").path(field).asText()).as(refused.body()).startsWith(message);
        }
        assertThat(clerk().get("/api/committees/cyp/members?asOf=2009-06-01").body()).doesNotContain("Cllr A");
    }

    @Test
    void aSecondChairOrViceChairWhoseTermOverlapsTheFirstIsRefused() throws Exception {
        added("{\"name\":\"Cllr First Chair\",\"role\":\"chair\",\"from\":\"2010-05-20\",\"to\":\"2012-05-16\"}");
        added("{\"name\":\"Cllr First Vice\",\"role\":\"vice-chair\",\"from\":\"2010-05-20\",\"to\":\"2011-05-18\"}");

        HttpResponse<String> chair = add("{\"name\":\"Cllr Second Chair\",\"role\":\"chair\",\"from\":\"2009-01-01\",\"to\":\"2010-05-20\"}");
        assertThat(chair.statusCode()).as(chair.body()).isEqualTo(422);
        assertThat(json.readTree(chair.body()).path("errors").path("role").asText())
                .startsWith("The committee already has a chair then: Cllr First Chair, from 20 May 2010 to 16 May 2012");
        HttpResponse<String> vice = add("{\"name\":\"Cllr Second Vice\",\"role\":\"vice-chair\",\"from\":\"2011-05-18\",\"to\":\"2012-05-16\"}");
        assertThat(vice.statusCode()).as(vice.body()).isEqualTo(422);
        assertThat(json.readTree(vice.body()).path("errors").path("role").asText())
                .contains("Cllr First Vice, from 20 May 2010 to 18 May 2011");

        added("{\"name\":\"Cllr Next Vice\",\"role\":\"vice-chair\",\"from\":\"2011-05-19\",\"to\":\"2012-05-16\"}");
        assertThat(names(members("2011-06-01"))).containsExactly("Cllr First Chair", "Cllr Next Vice");
    }

    @Test
    void aChairsTermEndedEarlyLetsTheNextChairStartTheDayAfter() throws Exception {
        long first = added("{\"name\":\"Cllr Early Leaver\",\"role\":\"chair\",\"from\":\"2017-05-23\",\"to\":\"2019-05-21\"}").path("id").asLong();
        String next = "{\"name\":\"Cllr Next Chair\",\"role\":\"chair\",\"from\":\"2018-01-01\",\"to\":\"2018-05-22\"}";
        assertThat(add(next).statusCode()).as("overlaps the first chair's term").isEqualTo(422);

        HttpResponse<String> refused = clerk().put("/api/committees/cyp/members/" + first, "{\"to\":\"2017-05-22\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).path("errors").path("to").asText())
                .isEqualTo("The date the term ends must be the same as or after the date it starts, 23 May 2017");
        HttpResponse<String> notStaff = ApiClient.as(port, "chair", "demo").put("/api/committees/cyp/members/" + first, "{\"to\":\"2017-12-31\"}");
        assertThat(notStaff.statusCode()).as(notStaff.body()).isEqualTo(403);
        HttpResponse<String> elsewhere = clerk().put("/api/committees/cyp/members/999999", "{\"to\":\"2017-12-31\"}");
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(404);
        HttpResponse<String> noDate = clerk().put("/api/committees/cyp/members/" + first, "{}");
        assertThat(noDate.statusCode()).as(noDate.body()).isEqualTo(400);
        assertThat(json.readTree(noDate.body()).path("errors").path("to").asText()).isEqualTo("Enter the date the term ends, as YYYY-MM-DD");

        HttpResponse<String> ended = clerk().put("/api/committees/cyp/members/" + first, "{\"to\":\"2017-12-31\"}");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(json.readTree(ended.body()).path("to").asText()).isEqualTo("2017-12-31");
        added(next);
        assertThat(names(members("2017-12-31"))).containsExactly("Cllr Early Leaver");
        assertThat(names(members("2018-01-01"))).containsExactly("Cllr Next Chair");
    }

    @Test
    void anUnknownCommitteeIsNotFound() throws Exception {
        HttpResponse<String> list = clerk().get("/api/committees/nope/members");
        assertThat(list.statusCode()).isEqualTo(404);
        assertThat(json.readTree(list.body()).path("error").asText()).contains("no committee", "nope");
        HttpResponse<String> addToNone = clerk().post("/api/committees/nope/members", "{\"name\":\"Cllr A\",\"role\":\"member\",\"from\":\"2012-05-20\"}");
        assertThat(addToNone.statusCode()).isEqualTo(404);
        assertThat(clerk().get("/api/committees/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void theCommitteeNamesItsContactOfficer() throws Exception {
        HttpResponse<String> response = ApiClient.as(port, "member", "demo").get("/api/committees/cyp");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode committee = json.readTree(response.body());
        assertThat(committee.path("name").asText()).isEqualTo("Children and Young People Scrutiny Committee");
        JsonNode officer = committee.path("contactOfficer");
        assertThat(officer.path("name").asText()).isEqualTo("Priya Raman");
        assertThat(officer.path("role").asText()).isEqualTo("Democratic Services Officer");
        assertThat(officer.path("telephone").asText()).isEqualTo("01632 960 418");
        assertThat(officer.path("email").asText()).isEqualTo("democratic.services@council.example");
    }

    @Test
    void anAsOfThatIsNotADateIsRefusedInPlainWords() {
        HttpResponse<String> refused = clerk().get("/api/committees/cyp/members?asOf=yesterday");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("asOf");
    }
}
