package org.scrutineer.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.scrutineer.web.EmbeddedPostgresDatabase;

/** The databases every figure is measured on, each giving a node its own empty database. */
enum BenchDatabase {

    H2("H2 (file, as the default configuration)") {
        @Override
        List<String> freshNodeArguments() {
            Path dir = Path.of("target", "bench", "data", "h2-" + COUNTER.incrementAndGet()).toAbsolutePath();
            return List.of("--scrutineer.data-dir=" + dir);
        }
    },
    POSTGRES("PostgreSQL (embedded, postgres profile)") {
        @Override
        List<String> freshNodeArguments() {
            return List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + EmbeddedPostgresDatabase.fresh(),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres");
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final String description;

    BenchDatabase(String description) {
        this.description = description;
    }

    /** Command-line arguments that point a new node at a new, empty database of this kind. */
    abstract List<String> freshNodeArguments();
}
