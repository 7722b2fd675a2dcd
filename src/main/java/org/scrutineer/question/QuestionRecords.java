package org.scrutineer.question;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the question a process instance is about, from its {@code questionId} variable. */
@Component
class QuestionRecords {

    private final PublicQuestionRepository questions;

    QuestionRecords(PublicQuestionRepository questions) {
        this.questions = questions;
    }

    PublicQuestion of(VariableScope scope) {
        long id = ((Number) scope.getVariable("questionId")).longValue();
        return questions.findById(id).orElseThrow(() -> new IllegalStateException("Question " + id + " is missing"));
    }
}
