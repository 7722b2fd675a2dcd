package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.web.ApiClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every answer carries the security headers, and no answer shows a stack trace. */
@ScrutineerTest
class SecurityHeadersTest {

    @LocalServerPort int port;

    private static void assertHardened(HttpResponse<String> response, String what) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).isPresent();
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow(
                () -> new AssertionError(what + " has no Content-Security-Policy"));
        assertThat(csp).as(what).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").contains("frame-ancestors 'none'");
    }

    private static void assertNoStackTrace(HttpResponse<String> response, String what) {
        assertThat(response.body()).as(what).doesNotContainPattern("\\bat (org|java|jakarta|com)\\.[\\w.$]+\\(")
                .doesNotContain("Exception:").doesNotContain("stackTrace").doesNotContain("\"trace\"");
    }

    @Test
    void publicPagesAndErrorPagesAreHardened() {
        ApiClient anyone = ApiClient.anonymous(port);
        for (String path : List.of("/", "/login", "/meetings/999999", "/no-such-page", "/css/scrutineer.css")) {
            HttpResponse<String> response = anyone.get(path);
            assertHardened(response, path);
            assertNoStackTrace(response, path);
        }
        assertThat(anyone.get("/").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self' 'sha256-");
    }

    @Test
    void staffPagesAndApisAreHardened() {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        for (String path : List.of("/api/meetings", "/api/questions/PQ-1999-9999", "/engine-rest/task", "/api/admin/outbox")) {
            HttpResponse<String> response = clerk.get(path);
            assertHardened(response, path);
            assertNoStackTrace(response, path);
        }
    }

    @Test
    void brokenRequestsGetAPlainAnswerWithoutAStackTrace() {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        List<HttpResponse<String>> answers = List.of(
                clerk.post("/api/meetings", "{not json"),
                clerk.post("/api/questions", "[1,2,3]"),
                clerk.post("/engine-rest/task/no-such-task/complete", "{}"),
                clerk.put("/api/meetings/abc", "{}"));
        for (HttpResponse<String> answer : answers) {
            String what = answer.request().method() + " " + answer.uri().getPath() + " -> " + answer.statusCode();
            assertThat(answer.statusCode()).as(what).isBetween(400, 499);
            assertNoStackTrace(answer, what);
        }
    }
}
