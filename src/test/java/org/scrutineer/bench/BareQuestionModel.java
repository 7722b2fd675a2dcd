package org.scrutineer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;

/**
 * The public-question model with Scrutineer taken out: the same user tasks, service tasks,
 * gateways, sub-process and timers, but every delegate and task listener is a no-op, dates are
 * fixed and the answer group is written in. Deployed into the same engine under its own key.
 */
final class BareQuestionModel {

    static final String KEY = "bench-bare-question";
    static final String DUE = "2027-03-20T17:00:00";
    static final String MEETING_START = "2027-03-30T14:00:00";
    static final String ERASURE = "2027-09-30T14:00:00";

    private BareQuestionModel() {
    }

    static String xml() {
        String xml;
        try (InputStream in = BareQuestionModel.class.getResourceAsStream("/bpmn/public-question.bpmn")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String noOp = NoOp.class.getName();
        String bare = xml
                .replace("\"public-question\"", "\"" + KEY + "\"")
                .replace("name=\"Public question\"", "name=\"Bare engine question\"")
                .replaceAll("camunda:delegateExpression=\"\\$\\{[^}]*}\"", "camunda:class=\"" + noOp + "\"")
                .replaceAll("delegateExpression=\"\\$\\{[^}]*}\"", "class=\"" + noOp + "\"")
                .replaceAll("camunda:dueDate=\"\\$\\{[^}]*}\"", "camunda:dueDate=\"" + DUE + "\"")
                .replaceAll("camunda:candidateGroups=\"\\$\\{answerGroups[^}]*}\"", "camunda:candidateGroups=\"scrutiny-chairs\"")
                .replace("${questionDates.meetingStart(meetingId)}", MEETING_START)
                .replace("${questionDates.erasureDate(meetingId)}", ERASURE)
                .replaceAll(" camunda:formRef=\"[^\"]*\"", "")
                .replaceAll(" camunda:formRefBinding=\"[^\"]*\"", "");
        if (bare.contains("${questionDates") || bare.contains("${answerGroups") || bare.contains("Expression=\"${")) {
            throw new IllegalStateException("The bare model still calls Scrutineer");
        }
        return bare;
    }

    static void deploy(RepositoryService repositoryService) {
        repositoryService.createDeployment().name("benchmark: bare engine question")
                .addString(KEY + ".bpmn", xml()).deploy();
    }
}
