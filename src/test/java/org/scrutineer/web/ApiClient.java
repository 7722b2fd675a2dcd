package org.scrutineer.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for the running test application, so that tests see exactly what callers see. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;
    private final String forwardedFor;
    private final Duration timeout;

    private ApiClient(String base, String authorization, String forwardedFor, Duration timeout) {
        this.base = base;
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
        this.timeout = timeout;
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, null, null, Duration.ofSeconds(30));
    }

    public static ApiClient as(int port, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient("http://localhost:" + port, "Basic " + token, null, Duration.ofSeconds(30));
    }

    /** The same caller seen through the council's proxy as coming from {@code address}. */
    public ApiClient from(String address) {
        return new ApiClient(base, authorization, address, timeout);
    }

    /** The same caller, waiting up to {@code timeout} for each answer instead of 30 seconds. */
    public ApiClient waitingUpTo(Duration timeout) {
        return new ApiClient(base, authorization, forwardedFor, timeout);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for {@code accept} in place of JSON. */
    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(request(path).header("Content-Type", contentType).POST(body));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any method, with a body of any type (or none). */
    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
