package org.scrutineer.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.scrutineer.ScrutineerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole Scrutineer node as an operator runs it, on a fresh database: job executor and mail
 * polling off (the benchmark runs timers and delivers mail itself), public rate limit raised.
 */
final class BenchNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    final long millisToHealthy;
    final long heapAfterStartBytes;

    private BenchNode(ConfigurableApplicationContext context, long millisToHealthy, long heapAfterStartBytes) {
        this.context = context;
        this.millisToHealthy = millisToHealthy;
        this.heapAfterStartBytes = heapAfterStartBytes;
    }

    static BenchNode start(BenchDatabase database) {
        return start(database, false);
    }

    /** A node that seeds the demo year on its empty database as it starts, when {@code demoYear} is set. */
    static BenchNode start(BenchDatabase database, boolean demoYear) {
        List<String> args = new ArrayList<>(database.freshNodeArguments());
        args.addAll(List.of(
                "--server.port=0",
                "--camunda.bpm.process-engine-name=default",
                "--camunda.bpm.job-execution.enabled=false",
                "--scrutineer.demo-data=true",
                "--scrutineer.demo-data.year=" + demoYear,
                "--scrutineer.mail.embedded-server=true",
                "--scrutineer.mail.embedded-port=0",
                "--scrutineer.mail.poll=false",
                "--scrutineer.mail.public-url=http://scrutineer.test",
                "--scrutineer.questions.rate-limit-requests=100000000",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--logging.level.org.scrutineer.notification.TaskRecipients=error"));
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ScrutineerApplication.class)
                .run(args.toArray(String[]::new));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        waitUntilHealthy(port);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new BenchNode(context, millis, heapAfterCollection());
    }

    private static void waitUntilHealthy(int port) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
                Thread.sleep(20);
            } catch (java.io.IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The node was not healthy within two minutes");
    }

    static long heapAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    <T> Map<String, T> beansOfType(Class<T> type) {
        return context.getBeansOfType(type);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    String databaseProduct() {
        try (Connection c = bean(DataSource.class).getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (java.sql.SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
