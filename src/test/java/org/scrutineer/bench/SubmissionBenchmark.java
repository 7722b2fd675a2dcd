package org.scrutineer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.scrutineer.meeting.MeetingService;

/** Concurrent members of the public posting questions over HTTP, each from a new email address. */
final class SubmissionBenchmark {

    private final BenchNode node;
    private final Scale scale;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger sequence = new AtomicInteger();
    private long meetingId;

    SubmissionBenchmark(BenchNode node, Scale scale) {
        this.node = node;
        this.scale = scale;
    }

    Map<String, Object> run() throws Exception {
        meetingId = node.bean(MeetingService.class).schedule("cyp", LocalDateTime.parse("2027-04-13T14:00"), null).id();
        ExecutorService clients = Executors.newFixedThreadPool(scale.submissionClients());
        try {
            measure(clients, Math.max(scale.submissionsPerClient() / 3, 2));
            List<Double> throughput = new ArrayList<>();
            List<Double> p95 = new ArrayList<>();
            List<Double> p50 = new ArrayList<>();
            for (int run = 0; run < scale.runs(); run++) {
                List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
                long started = System.nanoTime();
                int accepted = measure(clients, scale.submissionsPerClient(), latencies);
                double seconds = Timings.millisSince(started) / 1000;
                throughput.add(accepted / seconds);
                p95.add(Timings.percentile(latencies, 95));
                p50.add(Timings.percentile(latencies, 50));
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("clients", scale.submissionClients());
            result.put("submissionsPerRun", scale.submissionClients() * scale.submissionsPerClient());
            result.put("submissionsPerSecond", Timings.round(Timings.median(throughput)));
            result.put("p50Ms", Timings.round(Timings.median(p50)));
            result.put("p95Ms", Timings.round(Timings.median(p95)));
            result.put("runsSubmissionsPerSecond", throughput.stream().map(Timings::round).toList());
            return result;
        } finally {
            clients.shutdownNow();
        }
    }

    private int measure(ExecutorService clients, int perClient) throws Exception {
        return measure(clients, perClient, Collections.synchronizedList(new ArrayList<>()));
    }

    /** Every client posts {@code perClient} questions; answers how many were accepted (all must be). */
    private int measure(ExecutorService clients, int perClient, List<Double> latencies) throws Exception {
        List<Future<Integer>> done = new ArrayList<>();
        for (int c = 0; c < scale.submissionClients(); c++) {
            done.add(clients.submit(() -> {
                int accepted = 0;
                for (int i = 0; i < perClient; i++) {
                    long started = System.nanoTime();
                    HttpResponse<String> response = post();
                    latencies.add(Timings.millisSince(started));
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("A submission answered " + response.statusCode() + ": " + response.body());
                    }
                    accepted++;
                }
                return accepted;
            }));
        }
        int accepted = 0;
        for (Future<Integer> client : done) {
            accepted += client.get();
        }
        return accepted;
    }

    private HttpResponse<String> post() throws Exception {
        int n = sequence.incrementAndGet();
        String body = """
                {"meetingId": %d, "name": "Resident %d", "email": "resident-%d@example.org", "town": "Exemplar Town",
                 "livesOrWorksInArea": true, "addressedTo": "chair",
                 "text": "What is the council doing about the library opening hours in ward %d this year?"}"""
                .formatted(meetingId, n, n, n);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + "/api/questions"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
