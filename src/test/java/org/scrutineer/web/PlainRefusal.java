package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a person is told when a rule refuses what they entered on a task: 422 with the reason alone,
 * in plain English, without the engine's code, a Java class name or the engine's wrapping.
 */
public final class PlainRefusal {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlainRefusal() {
    }

    /** The refusal's message, once the answer is shown to be a plain refusal. */
    public static String of(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        String message;
        try {
            message = JSON.readTree(answer.body()).path("message").asText();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(message).as(answer.body()).isNotBlank()
                .doesNotContain("ENGINE-").doesNotContainPattern("[A-Z]+-\\d{5}")
                .doesNotContainPattern("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*")
                .doesNotContain("TaskListener").doesNotContain("ExecutionListener").doesNotContain("Exception")
                .doesNotContain("Cannot complete task")
                .doesNotEndWith("'");
        return message;
    }
}
