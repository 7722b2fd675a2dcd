package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every role against every family of API, page and engine REST resource: who gets in, and who is
 * refused. The whole matrix is written to {@code target/authorization-matrix.md}.
 */
@ScrutineerTest
class AuthorizationMatrixTest {

    private static final Set<String> DISPUTES = Set.of("iro", "team-managers", "service-managers", "heads-of-service", "service-directors");

    /** The demo users, one per group, and their groups. */
    private static final Map<String, Set<String>> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("clerk", Set.of("democratic-services"));
        PEOPLE.put("scrutiny-officer", Set.of("statutory-scrutiny-officer"));
        PEOPLE.put("author", Set.of("report-authors"));
        PEOPLE.put("reviewer-finance", Set.of("reviewers-finance"));
        PEOPLE.put("director", Set.of("directors"));
        PEOPLE.put("cabinet-member", Set.of("cabinet"));
        PEOPLE.put("chair", Set.of("scrutiny-chairs"));
        PEOPLE.put("member", Set.of("committee-members"));
        PEOPLE.put("iro", Set.of("iro"));
        PEOPLE.put("team-manager", Set.of("team-managers"));
        PEOPLE.put("service-manager", Set.of("service-managers"));
        PEOPLE.put("head-of-service", Set.of("heads-of-service"));
        PEOPLE.put("service-director", Set.of("service-directors"));
    }

    /** A door, who it admits, and whether those it refuses are told there is nothing there (404) rather than 401 or 403. */
    private record Door(String method, String path, Predicate<Set<String>> admits, boolean hidden) {

        Door(String method, String path, Predicate<Set<String>> admits) {
            this(method, path, admits, path.contains("dispute") || path.contains("/version") || path.contains("/metrics"));
        }

        boolean refused(int status) {
            return status == 401 || status == 403 || hidden && status == 404;
        }
    }

    private static Predicate<Set<String>> anyOf(String... groups) {
        return mine -> List.of(groups).stream().anyMatch(mine::contains);
    }

    private static final Predicate<Set<String>> STAFF = mine -> true;

    private static final List<Door> API = List.of(
            new Door("GET", "/api/meetings", STAFF),
            new Door("POST", "/api/meetings", anyOf("democratic-services")),
            new Door("POST", "/api/meetings/999999/reapply-rules", anyOf("democratic-services")),
            new Door("POST", "/api/committees/no-such-committee/reapply-rules", anyOf("democratic-services")),
            new Door("GET", "/api/committees/cyp", STAFF),
            new Door("GET", "/api/committees/cyp/members", STAFF),
            new Door("POST", "/api/committees/no-such-committee/members", anyOf("democratic-services")),
            new Door("GET", "/api/questions/PQ-2000-0001", anyOf("democratic-services")),
            new Door("GET", "/api/reports/999999", STAFF),
            new Door("POST", "/api/reports", anyOf("report-authors")),
            new Door("GET", "/api/recommendations", STAFF),
            new Door("POST", "/api/recommendations", anyOf("democratic-services", "statutory-scrutiny-officer")),
            new Door("GET", "/api/disputes", mine -> DISPUTES.stream().anyMatch(mine::contains)),
            new Door("POST", "/api/disputes", anyOf("iro")),
            new Door("GET", "/api/disputes/report", mine -> DISPUTES.stream().anyMatch(mine::contains)),
            new Door("GET", "/api/admin/outbox", anyOf("democratic-services")),
            new Door("GET", "/api/admin/reminders/run", mine -> false),
            new Door("GET", "/actuator/metrics", mine -> false),
            new Door("GET", "/engine-rest/task", STAFF),
            new Door("GET", "/engine-rest/process-definition/key/public-question", STAFF),
            new Door("GET", "/engine-rest/process-definition/key/dispute-resolution", mine -> DISPUTES.stream().anyMatch(mine::contains)),
            new Door("GET", "/engine-rest/engine/default/process-definition/key/dispute-resolution",
                    mine -> DISPUTES.stream().anyMatch(mine::contains)),
            new Door("GET", "/engine-rest/engine/default/process-definition/key/public-question", STAFF),
            new Door("GET", "/engine-rest/history/process-instance?processDefinitionKey=dispute-resolution", STAFF),
            new Door("POST", "/engine-rest/message", STAFF),
            new Door("GET", "/engine-rest/version", mine -> false),
            new Door("GET", "/engine-rest/metrics/activity-instance-start/sum", mine -> false),
            new Door("GET", "/engine-rest/engine/default/metrics/activity-instance-start/sum", mine -> false),
            new Door("GET", "/engine-rest/authorization", STAFF),
            new Door("GET", "/engine-rest/user", STAFF));

    private static final List<Door> PAGES = List.of(
            new Door("GET", "/staff", STAFF),
            new Door("GET", "/staff/meetings", anyOf("democratic-services")),
            new Door("GET", "/staff/meetings/999999/deadlines", anyOf("democratic-services")),
            new Door("GET", "/staff/committees/cyp/members", anyOf("democratic-services")),
            new Door("GET", "/staff/outbox", anyOf("democratic-services")),
            new Door("GET", "/staff/recommendations", STAFF),
            new Door("GET", "/staff/recommendations/new", anyOf("democratic-services", "statutory-scrutiny-officer")),
            new Door("GET", "/staff/reports/new", anyOf("report-authors")),
            new Door("GET", "/staff/disputes", mine -> DISPUTES.stream().anyMatch(mine::contains)),
            new Door("GET", "/staff/disputes/report", mine -> DISPUTES.stream().anyMatch(mine::contains)));

    @LocalServerPort int port;
    @Autowired MockMvc mvc;

    private int call(ApiClient client, Door door) {
        HttpResponse<String> response = door.method().equals("POST") ? client.post(door.path(), "{}") : client.get(door.path());
        return response.statusCode();
    }

    private int page(String person, Set<String> groups, String path) throws Exception {
        return mvc.perform(get(path).with(user(person).authorities(
                groups.stream().map(g -> (GrantedAuthority) () -> g).toList()))).andReturn().getResponse().getStatus();
    }

    @Test
    void everyRoleGetsInWhereItShouldAndIsRefusedEverywhereElse() throws Exception {
        List<String> wrong = new ArrayList<>();
        StringBuilder matrix = new StringBuilder("| door | ").append(String.join(" | ", PEOPLE.keySet())).append(" | anonymous |\n")
                .append("|---|").append("---|".repeat(PEOPLE.size() + 1)).append('\n');
        for (Door door : API) {
            matrix.append("| ").append(door.method()).append(' ').append(door.path()).append(" |");
            for (Map.Entry<String, Set<String>> person : PEOPLE.entrySet()) {
                int status = call(ApiClient.as(port, person.getKey(), "demo"), door);
                boolean expected = door.admits().test(person.getValue());
                matrix.append(' ').append(status).append(" |");
                if (door.refused(status) == expected || status >= 500) {
                    wrong.add(door.method() + " " + door.path() + " as " + person.getKey() + ": " + status);
                }
            }
            int anonymous = call(ApiClient.anonymous(port), door);
            matrix.append(' ').append(anonymous).append(" |\n");
            if (anonymous != 401) {
                wrong.add(door.method() + " " + door.path() + " anonymously: " + anonymous);
            }
        }
        for (Door door : PAGES) {
            matrix.append("| page ").append(door.path()).append(" |");
            for (Map.Entry<String, Set<String>> person : PEOPLE.entrySet()) {
                int status = page(person.getKey(), person.getValue(), door.path());
                boolean expected = door.admits().test(person.getValue());
                matrix.append(' ').append(status).append(" |");
                if (door.refused(status) == expected || status >= 500) {
                    wrong.add("page " + door.path() + " as " + person.getKey() + ": " + status);
                }
            }
            int anonymous = mvc.perform(get(door.path()).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
            matrix.append(' ').append(anonymous).append(" |\n");
            if (anonymous != 302) {
                wrong.add("page " + door.path() + " anonymously: " + anonymous);
            }
        }
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("authorization-matrix.md"), matrix);

        assertThat(wrong).as("doors that let in or keep out the wrong people; see target/authorization-matrix.md").isEmpty();
    }
}
