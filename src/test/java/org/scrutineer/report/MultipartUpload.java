package org.scrutineer.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.scrutineer.web.ChunkedBody;

/** Uploads one file as multipart/form-data over HTTP, as a browser or curl would. */
final class MultipartUpload {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MultipartUpload() {
    }

    static HttpResponse<String> post(int port, String path, String user, String fileName, String claimedType, byte[] content) {
        String boundary = "----scrutineer" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(partHead(boundary, fileName, claimedType).getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(partTail(boundary).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(port, path, user, boundary, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** Streams a file of {@code size} bytes (a PDF header, then filler) in chunks, declaring no length, as a client might. */
    static HttpResponse<String> postChunked(int port, String path, String user, String fileName, long size) {
        String boundary = "----scrutineer" + UUID.randomUUID();
        String head = partHead(boundary, fileName, "application/pdf") + "%PDF-1.7\n";
        String tail = partTail(boundary);
        return send(port, path, user, boundary, ChunkedBody.of(head, 'x', head.length() + size + tail.length(), tail));
    }

    private static String partHead(String boundary, String fileName, String claimedType) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + claimedType + "\r\n\r\n";
    }

    private static String partTail(String boundary) {
        return "\r\n--" + boundary + "--\r\n";
    }

    private static HttpResponse<String> send(int port, String path, String user, String boundary, HttpRequest.BodyPublisher body) {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body)
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
