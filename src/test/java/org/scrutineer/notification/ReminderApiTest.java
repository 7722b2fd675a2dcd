package org.scrutineer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ScrutineerTest
class ReminderApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAdministratorRunsTheSweepNow() throws Exception {
        clock.freezeAt(Instant.parse("2025-09-10T07:00:00Z"));
        var response = ApiClient.as(port, "demo", "demo").post("/api/admin/reminders/run", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = new ObjectMapper().readTree(response.body());
        assertThat(result.path("processInstanceId").asText()).isNotBlank();
        assertThat(result.path("workingDay").asBoolean()).isTrue();
        assertThat(result.has("digestsSent")).isTrue();
        assertThat(result.has("escalationsSent")).isTrue();
    }

    @Test
    void onASundayTheSweepSendsNothing() throws Exception {
        clock.freezeAt(Instant.parse("2025-09-14T07:00:00Z"));
        JsonNode result = new ObjectMapper().readTree(ApiClient.as(port, "demo", "demo").post("/api/admin/reminders/run", "").body());
        assertThat(result.path("workingDay").asBoolean()).isFalse();
        assertThat(result.path("digestsSent").asInt()).isZero();
    }

    @Test
    void onlyAdministratorsMayRunIt() {
        assertThat(ApiClient.as(port, "clerk", "demo").post("/api/admin/reminders/run", "").statusCode()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).post("/api/admin/reminders/run", "").statusCode()).isEqualTo(401);
    }
}
