package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff session cookie, as Tomcat writes it: never readable by scripts, never sent with
 * another site's form posts, and Secure when the council's proxy says the request came over HTTPS.
 */
@ScrutineerTest
class SessionCookieTest {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSignInCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> form = http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(form);
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        Matcher session = SESSION.matcher(cookie);
        assertThat(session.find()).isTrue();
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);
        HttpResponse<String> signedIn = http.send(request("/login")
                .header("Cookie", "JSESSIONID=" + session.group(1))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=clerk&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/staff"));
        assertThat(sessionCookie(signedIn)).as("the new session after sign-in")
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecure() throws Exception {
        HttpResponse<String> form = http.send(request("/login").header("X-Forwarded-Proto", "https").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(form)).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }
}
