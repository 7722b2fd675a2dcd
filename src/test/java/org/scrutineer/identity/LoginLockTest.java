package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nobody can lock an account for good from outside: wrong passwords lock it for a while, an
 * administrator can unlock it at once, and one address trying many names is held back. Each test
 * comes from an address of its own (through the proxy header) and uses a user of its own, so the
 * demo users and the other tests' sign-ins are not disturbed.
 */
@ScrutineerTest
class LoginLockTest {

    private static final String PASSWORD = "the-right-password";
    private static final Instant TEN_AM_LONDON = Instant.parse("2024-05-07T09:00:00Z");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired AppClock clock;
    @Autowired LoginSettings settings;

    @BeforeEach
    void stopTheClock() {
        clock.freezeAt(TEN_AM_LONDON);
    }

    @AfterEach
    void restartTheClock() {
        clock.reset();
    }

    @Test
    void tenWrongPasswordsLockTheAccountForTheLockDurationOnly() {
        String user = newUser("lock-check-expiry");
        ApiClient right = ApiClient.as(port, user, PASSWORD).from("203.0.113.11");
        ApiClient wrong = ApiClient.as(port, user, "a-wrong-password").from("203.0.113.11");
        assertThat(settings.maxAttempts()).isEqualTo(10);
        assertThat(settings.lockDuration()).isEqualTo(Duration.ofMinutes(15));

        for (int attempt = 1; attempt < 10; attempt++) {
            assertThat(wrong.get("/api/meetings").statusCode()).isEqualTo(401);
        }
        assertThat(right.get("/api/meetings").statusCode()).as("nine wrong passwords do not lock").isEqualTo(200);

        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(wrong.get("/api/meetings").statusCode()).isEqualTo(401);
        }
        assertThat(right.get("/api/meetings").statusCode()).as("locked: even the right password").isEqualTo(401);
        assertThat(right.get("/engine-rest/task").statusCode()).as("locked on the engine's door too").isEqualTo(401);
        assertThat(engineCheck(user)).as("and in the engine's own password check").contains("\"authenticated\":false");

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(right.get("/api/meetings").statusCode()).as("still locked just before the end").isEqualTo(401);

        clock.advance(Duration.ofSeconds(2));
        assertThat(engineCheck(user)).contains("\"authenticated\":true");
        assertThat(right.get("/api/meetings").statusCode()).as("the lock has ended").isEqualTo(200);
        assertThat(wrong.get("/api/meetings").statusCode()).isEqualTo(401);
        assertThat(right.get("/api/meetings").statusCode()).as("the right password cleared the count").isEqualTo(200);
    }

    @Test
    void theSignInPageSaysWhenToTryAgain() throws Exception {
        String user = newUser("lock-check-page");
        for (int attempt = 1; attempt < 10; attempt++) {
            assertThat(signInPage(user, "a-wrong-password", "203.0.113.12")).contains(LoginController.WRONG_PASSWORD);
        }
        String tenth = signInPage(user, "a-wrong-password", "203.0.113.12");
        assertThat(tenth).contains("There have been too many wrong passwords for this account. Try again after 10:15am, "
                + "or ask an administrator to unlock it");
        assertThat(signInPage(user, PASSWORD, "203.0.113.12")).contains("Try again after 10:15am");
    }

    @Test
    void anAdministratorUnlocksTheAccountAtOnce() {
        String user = newUser("lock-check-unlock");
        ApiClient wrong = ApiClient.as(port, user, "a-wrong-password").from("203.0.113.13");
        for (int attempt = 1; attempt <= 10; attempt++) {
            wrong.get("/api/meetings");
        }
        ApiClient right = ApiClient.as(port, user, PASSWORD).from("203.0.113.13");
        assertThat(right.get("/api/meetings").statusCode()).isEqualTo(401);

        assertThat(ApiClient.as(port, "clerk", "demo").post("/engine-rest/user/" + user + "/unlock", "").statusCode())
                .as("only an administrator unlocks").isEqualTo(404);
        assertThat(right.get("/api/meetings").statusCode()).isEqualTo(401);

        assertThat(ApiClient.as(port, "demo", "demo").post("/engine-rest/user/" + user + "/unlock", "").statusCode()).isEqualTo(204);
        assertThat(right.get("/api/meetings").statusCode()).isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyNamesIsHeldBack() throws Exception {
        String address = "203.0.113.14";
        int limit = settings.maxFailuresPerAddress();
        for (int name = 1; name < limit; name++) {
            assertThat(ApiClient.as(port, "no-such-person-" + name, "a-guess").from(address).get("/api/meetings").statusCode())
                    .isEqualTo(401);
        }
        ApiClient member = ApiClient.as(port, "member", "demo");
        assertThat(member.from(address).get("/api/meetings").statusCode()).as("one failure short of the limit").isEqualTo(200);

        assertThat(ApiClient.as(port, "no-such-person-" + limit, "a-guess").from(address).get("/api/meetings").statusCode())
                .isEqualTo(401);
        assertThat(member.from(address).get("/api/meetings").statusCode()).as("the address is held back").isEqualTo(401);
        assertThat(signInPage("member", "demo", address))
                .contains("There have been too many failed sign-ins from your network. Try again after 10:15am");
        assertThat(member.from("203.0.113.15").get("/api/meetings").statusCode()).as("other addresses are not").isEqualTo(200);
        assertThat(member.get("/api/meetings").statusCode()).isEqualTo(200);

        clock.advance(settings.lockDuration().plusSeconds(1));
        assertThat(member.from(address).get("/api/meetings").statusCode()).isEqualTo(200);
    }

    private String engineCheck(String user) {
        return ApiClient.as(port, "demo", "demo").post("/engine-rest/identity/verify",
                "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}").body();
    }

    private String newUser(String id) {
        User user = identityService.newUser(id);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        return id;
    }

    /** Signs in through the form from {@code address} and answers the page shown afterwards. */
    private String signInPage(String user, String password, String address) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = browser.send(page("/login", address).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(form);
        assertThat(token.find()).isTrue();
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
        return browser.send(page("/login", address).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder page(String path, String address) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", address)
                .timeout(Duration.ofSeconds(30));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
