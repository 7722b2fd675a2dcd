package org.scrutineer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scrutineer.dispute.DisputeSettings;
import org.scrutineer.identity.LoginSettings;
import org.scrutineer.notification.MailSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Each setting has one home: the council's in {@code config/application.yaml}, the technical ones
 * in {@code application.yaml}. No key is in both files, no settings record defaults a value of its
 * own, and no {@code ${...:default}} in the code says otherwise, so a value changed in a file is the
 * value the application runs with.
 */
class EachSettingIsWrittenOnceTest {

    private static final String OPERATOR = ShippedSettings.FILES.get(0);
    private static final String TECHNICAL = ShippedSettings.FILES.get(1);

    private static Set<String> keys(String file) {
        Set<String> keys = new HashSet<>();
        for (PropertySource<?> source : ShippedSettings.load(file)) {
            keys.addAll(Arrays.asList(((EnumerablePropertySource<?>) source).getPropertyNames()));
        }
        return keys;
    }

    private static List<Class<?>> scrutineerClasses() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> !reader.getClassMetadata().getClassName().contains("Test"));
        List<Class<?>> classes = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.scrutineer")) {
            classes.add(Class.forName(candidate.getBeanClassName()));
        }
        return classes;
    }

    @Test
    void noKeyIsWrittenInBothFiles() {
        Set<String> both = new HashSet<>(keys(OPERATOR));
        both.retainAll(keys(TECHNICAL));
        assertThat(both).as("set in " + OPERATOR + " and again in " + TECHNICAL).isEmpty();
    }

    @Test
    void aSettingsRecordBoundFromNothingIsRefusedBecauseItHasNoDefaultsOfItsOwn() throws Exception {
        List<Class<?>> records = scrutineerClasses().stream()
                .filter(type -> type.isRecord() && type.isAnnotationPresent(ConfigurationProperties.class)).toList();
        assertThat(records).hasSizeGreaterThanOrEqualTo(8);
        for (Class<?> type : records) {
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            assertThatThrownBy(() -> ShippedSettings.bind(List.of(), prefix, type)).as(type.getSimpleName())
                    .isInstanceOf(BindException.class);
            ShippedSettings.of(prefix, type);
        }
    }

    @Test
    void theShippedFilesGiveTheValuesTheApplicationRunsWith() {
        MailSettings mail = ShippedSettings.of("scrutineer.mail", MailSettings.class);
        assertThat(mail.retryDelays()).hasSize(9).startsWith(Duration.ofMinutes(1)).endsWith(Duration.ofHours(10));
        assertThat(mail.pollDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(mail.maxAttempts()).isEqualTo(10);
        assertThat(mail.from()).isEqualTo("Exemplar Borough Council scrutiny <scrutiny@council.example>");
        assertThat(ShippedSettings.of("scrutineer.login", LoginSettings.class).maxAttempts()).isEqualTo(10);
        assertThat(ShippedSettings.of("scrutineer.disputes", DisputeSettings.class).tiers()).hasSize(3);
    }

    @Test
    void theCodeGivesNoSettingADefaultOfItsOwn() throws Exception {
        List<String> defaults = new ArrayList<>();
        for (Class<?> type : scrutineerClasses()) {
            List<Executable> executables = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
            executables.addAll(Arrays.asList(type.getDeclaredMethods()));
            for (Executable executable : executables) {
                Stream.of(executable.getParameters()).map(p -> p.getAnnotation(Value.class)).filter(v -> v != null)
                        .filter(v -> hasDefault(v.value())).forEach(v -> defaults.add(type.getSimpleName() + ": " + v.value()));
                if (executable instanceof Method method && method.isAnnotationPresent(Scheduled.class)) {
                    Scheduled scheduled = method.getAnnotation(Scheduled.class);
                    Stream.of(scheduled.fixedDelayString(), scheduled.fixedRateString(), scheduled.initialDelayString(), scheduled.cron())
                            .filter(EachSettingIsWrittenOnceTest::hasDefault).forEach(v -> defaults.add(type.getSimpleName() + ": " + v));
                }
            }
            ConditionalOnProperty condition = type.getAnnotation(ConditionalOnProperty.class);
            if (condition != null && condition.matchIfMissing()) {
                defaults.add(type.getSimpleName() + ": " + String.join(",", condition.name()) + " when missing");
            }
        }
        assertThat(defaults).as("defaults written in the code rather than in the settings files").isEmpty();
    }

    private static boolean hasDefault(String placeholder) {
        return placeholder.matches(".*\\$\\{scrutineer\\.[^}:]*:.*");
    }
}
