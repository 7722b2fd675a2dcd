package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * Every endpoint, Scrutineer's own and the engine's REST API in its forms, with hostile values in
 * each path variable and query parameter, as anonymous callers, staff and administrators: never a
 * 5xx, and never a Java class name, an engine code, a stack trace or a version in the answer.
 */
@ScrutineerTest
class EveryEndpointHostileInputTest {

    private static final List<String> ATTACKS = List.of("-1", "0", "99999999999999999999", "9223372036854775807",
            "-999999999-01-01", "+999999999-12-31", "2025-02-30", "1e308", "NaN", "../../etc/passwd", "%00", "\u0000",
            "\r\nSet-Cookie: x=1", "'; DROP TABLE outbox_message; --", "<script>alert(1)</script>", "${7*7}",
            "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]", "\u202e\ufeff", "💥", "\ud800", "*", "%", "_",
            "dispute-resolution", "a".repeat(3000), " ", "true", "[]", "{}", "null");

    /** The engine's REST resources, {v} each hostile value; they are reached at each engine prefix below. */
    private static final List<String> ENGINE = List.of(
            "/task/{v}", "/task/{v}/variables", "/task/{v}/form-variables", "/task/{v}/variables/{v}", "/task/{v}/identity-links",
            "/task?processInstanceBusinessKey={v}&sortBy={v}&sortOrder={v}", "/task?dueAfter={v}", "/task?firstResult={v}&maxResults={v}",
            "/task?candidateGroup={v}&includeAssignedTasks={v}", "/task/count?taskVariables={v}",
            "/process-instance/{v}", "/process-instance/{v}/variables", "/process-instance?businessKey={v}&variables={v}",
            "/execution/{v}/localVariables", "/variable-instance?variableValues={v}", "/job?dueDates={v}", "/incident/{v}",
            "/process-definition/{v}", "/process-definition/key/{v}", "/process-definition/key/{v}/xml", "/process-definition?keyLike={v}",
            "/decision-definition/key/{v}/xml", "/deployment/{v}", "/filter/{v}/count", "/filter/{v}/list",
            "/history/process-instance/{v}", "/history/task?taskId={v}&finishedAfter={v}", "/history/variable-instance?variableName={v}",
            "/history/detail?processInstanceId={v}", "/history/user-operation?entityType={v}", "/user/{v}/profile", "/group/{v}",
            "/authorization?resourceType={v}", "/metrics/{v}/sum", "/version", "/{v}");
    private static final List<String> ENGINE_PREFIXES = List.of("/engine-rest", "/engine-rest/engine/default");

    /** The engine's variables name their stored type; forms send it back, so it is data here, not a leak. */
    private static final Pattern VALUE_TYPES = Pattern.compile("\"objectTypeName\":\"[^\"]*\"");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(?:java|javax|jakarta|org\\.camunda|org\\.springframework|org\\.apache|org\\.hibernate|com\\.fasterxml)\\.[a-z]\\w*(?:\\.\\w+)*"
                    + "|\\bException\\b|\\w+Exception\\b|ENGINE-\\d{5}|\\bat [a-z]+\\.[a-z]+\\.[\\w.$]+\\(|7\\.24\\.0|Apache Tomcat");

    /** Each call comes from an address of its own, so that no rate limit another test relies on is used up here. */
    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private static Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.of(ATTACKS),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(8),
                Arbitraries.longs().map(String::valueOf),
                Combinators.combine(Arbitraries.of(ATTACKS), Arbitraries.strings().alpha().numeric().ofMaxLength(12))
                        .as((attack, word) -> word + attack + word));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    record Call(String method, String who, String path) {
    }

    /** Scrutineer's own endpoints, from its request mappings, with a hostile value in every path variable and parameter. */
    private List<Call> ownEndpoints(List<String> values) {
        List<Call> calls = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<String> patterns = mapping.getKey().getPatternValues();
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            List<String> parameters = new ArrayList<>();
            for (MethodParameter parameter : mapping.getValue().getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null) {
                    String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                            : parameter.getParameterName();
                    if (name != null) {
                        parameters.add(name);
                    }
                }
            }
            for (String pattern : patterns) {
                for (String value : values) {
                    StringBuilder path = new StringBuilder();
                    Matcher variable = PATH_VARIABLE.matcher(pattern.replace("/**", "/" + value));
                    while (variable.find()) {
                        variable.appendReplacement(path, Matcher.quoteReplacement(enc(value)));
                    }
                    variable.appendTail(path);
                    String query = String.join("&", parameters.stream().map(p -> p + "=" + enc(value)).toList());
                    String url = path + (query.isEmpty() ? "" : "?" + query);
                    if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                        for (String who : List.of("anonymous", "clerk", "iro", "demo")) {
                            calls.add(new Call("GET", who, url));
                        }
                    }
                    for (RequestMethod method : methods) {
                        if (method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS) {
                            calls.add(new Call(method.name(), "anonymous", url));
                            calls.add(new Call(method.name(), "member", url));
                        }
                    }
                }
            }
        }
        return calls;
    }

    private List<Call> engineEndpoints(List<String> values) {
        List<Call> calls = new ArrayList<>();
        for (String template : ENGINE) {
            for (String value : values) {
                String path = template.replace("{v}", enc(value));
                for (String prefix : ENGINE_PREFIXES) {
                    for (String who : List.of("anonymous", "clerk", "iro", "demo")) {
                        calls.add(new Call("GET", who, prefix + path));
                    }
                    calls.add(new Call("DELETE", "member", prefix + path));
                    calls.add(new Call("POST", "clerk", prefix + path));
                }
                calls.add(new Call("GET", "clerk", "/camunda/api/engine/engine/default" + path));
            }
        }
        for (String value : values) {
            calls.add(new Call("POST", "clerk", "/engine-rest/message?x=" + enc(value)));
            calls.add(new Call("POST", "clerk", "/engine-rest/signal?x=" + enc(value)));
            calls.add(new Call("POST", "clerk", "/engine-rest/condition?x=" + enc(value)));
        }
        return calls;
    }

    /**
     * A form shown again keeps what the person typed, and a refusal may quote it; a value that
     * itself names a Java class ({@code T(java.lang.Runtime)}) is then the caller's own text, not
     * an internal, so it is taken out, as sent and as a page escapes it, before the answer is read.
     * The longest values go first, so that a short one that happens to be part of a longer one
     * (a quote, a letter) cannot break the longer one's echo before it is taken out.
     */
    private static String withoutEchoes(String body, List<String> sent) {
        String rest = body;
        for (String value : sent.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            if (!value.isBlank()) {
                rest = rest.replace(value, "").replace(HtmlUtils.htmlEscape(value), "");
            }
        }
        return rest;
    }

    @Test
    void noEndpointAnswersHostileInputWithA5xxOrWithInternals() throws Exception {
        List<String> values = new ArrayList<>(new LinkedHashSet<>(hostile().sampleStream().limit(9).toList()));
        values.addAll(List.of("-1", "%00", "-999999999-01-01", "\r\n", "a".repeat(3000), "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]"));
        List<Call> calls = new ArrayList<>(ownEndpoints(values));
        calls.addAll(engineEndpoints(values));
        assertThat(calls).hasSizeGreaterThan(1000);

        Map<String, StaffSession> sessions = new ConcurrentHashMap<>();
        List<String> wrong = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Call call : calls) {
                pending.add(pool.submit(() -> {
                    HttpResponse<String> answer = send(call, sessions);
                    String problem = answer.statusCode() >= 500 ? "answered " + answer.statusCode() : null;
                    Matcher internals = INTERNALS.matcher(VALUE_TYPES.matcher(withoutEchoes(answer.body(), values)).replaceAll(""));
                    if (problem == null && internals.find()) {
                        problem = "shows '" + internals.group() + "'";
                    }
                    if (problem != null) {
                        synchronized (wrong) {
                            wrong.add(call.method() + " " + call.path() + " as " + call.who() + ": " + problem);
                        }
                    }
                }));
            }
            for (Future<?> call : pending) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(wrong).as("of " + calls.size() + " calls").isEmpty();
    }

    /**
     * Sends the call; a request that met a kept-alive connection the server had just closed (after
     * refusing an over-long request line on it) is sent once more, as any HTTP client would.
     */
    private HttpResponse<String> send(Call call, Map<String, StaffSession> sessions) {
        try {
            return sendOnce(call, sessions);
        } catch (UncheckedIOException closed) {
            if (closed.getMessage() == null || !closed.getMessage().contains("received no bytes")) {
                throw closed;
            }
            return sendOnce(call, sessions);
        }
    }

    private HttpResponse<String> sendOnce(Call call, Map<String, StaffSession> sessions) {
        boolean page = !call.path().startsWith("/api") && !call.path().startsWith("/engine-rest") && !call.path().startsWith("/actuator");
        if (page && !"anonymous".equals(call.who()) && "GET".equals(call.method())) {
            return sessions.computeIfAbsent(call.who(), who -> StaffSession.signIn(port, who, "demo")).get(call.path());
        }
        ApiClient client = ("anonymous".equals(call.who()) ? ApiClient.anonymous(port) : ApiClient.as(port, call.who(), "demo"))
                .from("198.51.100." + (CLIENTS.incrementAndGet() % 250 + 1));
        return "GET".equals(call.method()) ? client.get(call.path()) : client.send(call.method(), call.path(), "application/json", "{}");
    }
}
