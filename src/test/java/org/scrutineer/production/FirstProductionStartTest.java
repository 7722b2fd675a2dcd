package org.scrutineer.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.identity.Roles;
import org.scrutineer.meeting.DemoYear;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.MemberJson;
import org.scrutineer.meeting.Membership;
import org.scrutineer.notification.OutboxAdmin;
import org.scrutineer.notification.OutboxStatus;
import org.scrutineer.web.ApiClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A council's first start of the {@code prod} profile, with the settings files of this working
 * directory: it refuses to run with the demo link secret or a weak one before it reaches for a
 * database, and with a real secret and the first-administrator variables it starts with that
 * administrator, no demo users and no demo year.
 */
@Tag("own-application")
class FirstProductionStartTest {

    private static final String STRONG_SECRET = "kP3v9XqL2mT8rW5yZ1bN6cH4jF7dS0aQeU2iO9gV3xM=";

    @TempDir Path dataDir;

    /** A database nobody listens on: a refusal must come before any connection is tried. */
    private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:9/nowhere";

    private ConfigurableApplicationContext startProd(String... more) {
        return startProdOn(NOWHERE, more);
    }

    private ConfigurableApplicationContext startProdOn(String databaseUrl, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=prod",
                "--spring.datasource.url=" + databaseUrl,
                "--scrutineer.data-dir=" + dataDir,
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--scrutineer.mail.poll=false"));
        args.addAll(Arrays.asList(more));
        return new SpringApplicationBuilder(ScrutineerApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void theShippedDemoSecretIsRefused() {
        assertThatThrownBy(this::startProd)
                .hasMessageContaining("scrutineer.questions.link-secret")
                .hasMessageContaining("is still the demo value change-me-demo-secret")
                .hasMessageContaining("config/application.yaml")
                .hasMessageContaining("SCRUTINEER_LINK_SECRET")
                .hasMessageContaining("openssl rand -base64 48");
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> startProd("--scrutineer.questions.link-secret=only-twenty-six-bytes-long"))
                .hasMessageContaining("scrutineer.questions.link-secret")
                .hasMessageContaining("is only 26 bytes long")
                .hasMessageContaining("SCRUTINEER_LINK_SECRET");
    }

    @Test
    void aMissingOrBlankSecretIsRefused() {
        assertThatThrownBy(() -> startProd("--spring.config.location=optional:classpath:/"))
                .hasMessageContaining("scrutineer.questions.link-secret")
                .hasMessageContaining("is not set")
                .hasMessageContaining("openssl rand -base64 48");
        assertThatThrownBy(() -> startProd("--scrutineer.questions.link-secret=   "))
                .hasMessageContaining("is not set");
    }

    @Test
    void productionSeedsNoDemoYearEvenWhenAskedToSeedItAgain() {
        try (ConfigurableApplicationContext app = startProdOn("jdbc:h2:file:" + dataDir.resolve("prod-no-demo") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--scrutineer.questions.link-secret=" + STRONG_SECRET,
                "--scrutineer.demo-data.reset=true")) {
            assertThat(app.getBeansOfType(DemoYear.class)).as("no demo year in production").isEmpty();
            assertThat(app.getBean(MeetingService.class).all()).as("no meetings").isEmpty();
            assertThat(app.getBean(RuntimeService.class).createProcessInstanceQuery().count()).as("no processes").isZero();
            assertThat(app.getBean(OutboxAdmin.class).count(List.of(Roles.ADMIN), OutboxStatus.PENDING)).as("no mail").isZero();
            assertThat(app.getBean(Membership.class).asOf("cyp", LocalDate.of(2025, 1, 6)))
                    .as("the members the council lists in config are how its committees begin, in production too")
                    .extracting(MemberJson::represents).contains("Representative of the Diocese of Hereford");
        }
    }

    @Test
    void aStrongSecretAndTheAdministratorVariablesGiveAWorkingFirstStart() {
        try (ConfigurableApplicationContext app = startProdOn("jdbc:h2:file:" + dataDir.resolve("prod") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--scrutineer.questions.link-secret=" + STRONG_SECRET,
                "--scrutineer.admin.user=council-admin",
                "--scrutineer.admin.password=correct-horse-battery")) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().userId("council-admin").memberOfGroup("camunda-admin").count()).isOne();
            assertThat(identity.createUserQuery().userId("clerk").count()).as("no demo users in production").isZero();

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> users = ApiClient.as(port, "council-admin", "correct-horse-battery").get("/engine-rest/user");
            assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
            assertThat(users.body()).contains("\"id\":\"council-admin\"");
        }
    }
}
