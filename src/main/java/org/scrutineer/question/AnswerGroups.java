package org.scrutineer.question;

import org.springframework.stereotype.Component;

/** Which group drafts the answer for each addressee, from {@code scrutineer.questions.answer-groups}. */
@Component("answerGroups")
public class AnswerGroups {

    private final QuestionSettings settings;

    AnswerGroups(QuestionSettings settings) {
        this.settings = settings;
    }

    public String forAddressee(String addressee) {
        return settings.answerGroupFor(addressee);
    }
}
