package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist, Cockpit and Admin carry the council's name and logo, British dates on London's clock
 * and no vendor banner.
 */
@ScrutineerTest
class WebappBrandingTest {

    @LocalServerPort int port;

    @Test
    void eachWebappIsNamedForTheCouncilWithBritishDates() {
        StaffSession clerk = StaffSession.signIn(port, "clerk", "demo");
        for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
            HttpResponse<String> config = clerk.get("/camunda/app/" + app + "/scripts/config.js");
            assertThat(config.statusCode()).as(app).isEqualTo(200);
            assertThat(config.headers().firstValue("Content-Type")).get().asString().startsWith("text/javascript");
            assertThat(config.body()).as(app).startsWith("export default {")
                    .contains("\"vendor\":\"Exemplar Borough Council\"")
                    .contains("\"normal\":\"D MMMM YYYY, HH:mm\"", "\"long\":\"dddd D MMMM YYYY, HH:mm\"")
                    .contains("\"fallbackLocale\":\"en\"")
                    .contains("\"ngDeps\":[\"scrutineer.londonTime\"]", "\"scrutineer-london-time\":\"/camunda/app/" + app + "/scripts/london-time\"");
            HttpResponse<String> londonTime = clerk.get("/camunda/app/" + app + "/scripts/london-time.js");
            assertThat(londonTime.statusCode()).as(app).isEqualTo(200);
            assertThat(londonTime.body()).as(app).contains("var ZONE = 'Europe/London';", "angular.module('scrutineer.londonTime'");
        }
        assertThat(clerk.get("/camunda/app/tasklist/scripts/config.js").body()).contains("\"name\":\"Tasklist\"", "\"claimTask\"");
        assertThat(clerk.get("/camunda/app/cockpit/scripts/config.js").body()).contains("\"name\":\"Cockpit\"");
    }

    @Test
    void eachWebappsStylesheetShowsTheLogoAndHidesTheEndOfLifeBanner() {
        StaffSession clerk = StaffSession.signIn(port, "clerk", "demo");
        for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
            HttpResponse<String> styles = clerk.get("/camunda/app/" + app + "/styles/user-styles.css");
            assertThat(styles.statusCode()).as(app).isEqualTo(200);
            assertThat(styles.body()).as(app).containsPattern("\\.ce-eol-banner \\{\\s*display: none !important;")
                    .contains("url(../../../../images/council-logo.svg)");
        }
        HttpResponse<String> logo = clerk.get("/images/council-logo.svg");
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.body()).contains("<svg");
    }

    @Test
    void theConfigurationIsBehindTheWebappsLogin() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/camunda/app/tasklist/scripts/config.js")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(302, 401);
        assertThat(anonymous.body()).doesNotContain("Exemplar Borough Council");
    }
}
