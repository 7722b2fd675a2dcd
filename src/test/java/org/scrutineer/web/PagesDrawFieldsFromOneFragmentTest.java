package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A form field is drawn by fragments/field.html (or fragments/date-input.html), and the report reviewers table by
 * fragments/reviewers-table.html, so a page that needs one takes it from there and every page draws it alike.
 */
class PagesDrawFieldsFromOneFragmentTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void noPageWritesAFormGroupOfItsOwn() throws IOException {
        assertThat(templatesContaining("govuk-form-group"))
                .containsExactlyInAnyOrder("fragments/date-input.html", "fragments/field.html");
    }

    @Test
    void theReviewersTableIsWrittenOnce() throws IOException {
        assertThat(templatesContaining("Report reviewers used for appraising this report"))
                .containsExactly("fragments/reviewers-table.html");
    }

    private static List<String> templatesContaining(String text) throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> read(p).contains(text))
                    .map(p -> TEMPLATES.relativize(p).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
