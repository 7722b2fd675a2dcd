package org.scrutineer.question;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.Profiles;

/**
 * Under the {@code prod} profile, refuses to start until the withdrawal links in emails are signed
 * with a secret of the council's own: not missing, not the demo value shipped in
 * {@code config/application.yaml}, and at least 32 bytes. Runs as soon as the settings are read,
 * before anything connects to the database.
 */
class LinkSecretCheck implements EnvironmentPostProcessor {

    static final String PROPERTY = "scrutineer.questions.link-secret";
    static final String DEMO_SECRET = "change-me-demo-secret";
    static final int MIN_BYTES = 32;

    /** Why Scrutineer would not start, in words an operator can act on. */
    static class UnsafeLinkSecret extends IllegalStateException {

        final String problem;

        UnsafeLinkSecret(String problem) {
            super(problem + ". " + ACTION);
            this.problem = problem;
        }
    }

    static final String ACTION = "Set the environment variable SCRUTINEER_LINK_SECRET to a random secret of at least "
            + MIN_BYTES + " bytes, the same on every node, for example the output of: openssl rand -base64 48";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        String secret;
        try {
            secret = environment.getProperty(PROPERTY);
        } catch (IllegalArgumentException unresolved) {
            secret = null;
        }
        String refusal = "Scrutineer will not start with the prod profile: " + PROPERTY + ", which signs the links in emails that act without a login (a withdrawal, a partner's answer), ";
        if (secret == null || secret.isBlank()) {
            throw new UnsafeLinkSecret(refusal + "is not set");
        }
        if (secret.strip().equals(DEMO_SECRET)) {
            throw new UnsafeLinkSecret(refusal + "is still the demo value " + DEMO_SECRET + ", set in " + whereSet(environment));
        }
        int bytes = secret.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES) {
            throw new UnsafeLinkSecret(refusal + "is only " + bytes + " bytes long (set in " + whereSet(environment) + ")");
        }
    }

    private static String whereSet(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> && source.containsProperty(PROPERTY)) {
                return source.getName();
            }
        }
        return "the environment";
    }
}
