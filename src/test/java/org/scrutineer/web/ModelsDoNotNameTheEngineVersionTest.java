package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine serves each deployed model and form to anyone who may start or work on it, so a
 * model must not carry the engine's version, which a modeller adds on saving.
 */
class ModelsDoNotNameTheEngineVersionTest {

    @Test
    void noModelOrFormCarriesTheEngineVersion() throws IOException {
        List<String> carrying;
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("bpmn")), Files.list(Path.of("forms")))) {
            carrying = files.filter(file -> {
                try {
                    return Files.readString(file).contains("executionPlatformVersion");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(carrying).as("remove executionPlatformVersion from these files").isEmpty();
    }
}
