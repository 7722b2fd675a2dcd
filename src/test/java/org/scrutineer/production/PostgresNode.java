package org.scrutineer.production;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scrutineer.ScrutineerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole Scrutineer node on the {@code postgres} profile, as an operator would run it. */
final class PostgresNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private PostgresNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static PostgresNode start(String name, String jdbcUrl, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--server.port=0",
                "--camunda.bpm.process-engine-name=" + name,
                "--scrutineer.demo-data=true",
                "--scrutineer.demo-data.year=false",
                "--scrutineer.mail.public-url=http://scrutineer.test"));
        args.addAll(Arrays.asList(more));
        return new PostgresNode(new SpringApplicationBuilder(ScrutineerApplication.class).run(args.toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
