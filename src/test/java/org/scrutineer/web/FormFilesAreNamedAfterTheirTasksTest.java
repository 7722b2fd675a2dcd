package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** forms/README.md: one Camunda Form per user task, its file named after the task id (screenQuestion in screen-question.form). */
class FormFilesAreNamedAfterTheirTasksTest {

    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");

    @Test
    void everyFormFileIsNamedAfterTheUserTaskThatOpensIt() throws IOException {
        Set<String> formRefs = formRefsOfTheModels();
        List<Path> forms = files(Path.of("forms"), ".form");
        assertThat(forms).isNotEmpty();
        ObjectMapper json = new ObjectMapper();
        for (Path form : forms) {
            String id = json.readTree(form.toFile()).path("id").asText();
            assertThat(formRefs).as("a user task opens the form %s of %s", id, form).contains(id);
            assertThat(form.getFileName().toString()).as("the file of the form %s", id).isEqualTo(kebab(id) + ".form");
        }
    }

    private static Set<String> formRefsOfTheModels() throws IOException {
        Set<String> refs = new HashSet<>();
        for (Path model : files(Path.of("bpmn"), ".bpmn")) {
            Matcher ref = FORM_REF.matcher(Files.readString(model));
            while (ref.find()) {
                refs.add(ref.group(1));
            }
        }
        return refs;
    }

    private static List<Path> files(Path folder, String ending) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().collect(Collectors.toList());
        }
    }

    private static String kebab(String taskId) {
        return taskId.replaceAll("(?<!^)([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
