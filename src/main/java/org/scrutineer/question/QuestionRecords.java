package org.scrutineer.question;

import org.scrutineer.web.ProcessRecords;
import org.springframework.stereotype.Component;

/** Finds the question a process instance is about, from its {@code questionId} variable. */
@Component
class QuestionRecords extends ProcessRecords<PublicQuestion> {

    QuestionRecords(PublicQuestionRepository questions) {
        super("questionId", questions, id -> new IllegalStateException("Question " + id + " is missing"));
    }
}
