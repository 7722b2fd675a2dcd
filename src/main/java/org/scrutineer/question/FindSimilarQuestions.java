package org.scrutineer.question;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the similar earlier questions, with their scores, where the screening form shows them. */
@Component("findSimilarQuestions")
class FindSimilarQuestions implements JavaDelegate {

    private final QuestionRecords records;
    private final SimilarQuestions similar;

    FindSimilarQuestions(QuestionRecords records, SimilarQuestions similar) {
        this.records = records;
        this.similar = similar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<SimilarQuestions.Match> matches = similar.to(records.of(execution));
        execution.setVariable("similarQuestionCount", matches.size());
        execution.setVariable("similarQuestions", matches.isEmpty()
                ? "No similar questions in the last six months."
                : StringUtils.abbreviate(matches.stream().map(FindSimilarQuestions::describe)
                        .collect(Collectors.joining("\n\n")), QuestionIntake.MAX_TEXT));
    }

    private static String describe(SimilarQuestions.Match m) {
        return String.format("%s (%d%% similar, %s): %s", m.question().getReference(), Math.round(m.score() * 100),
                m.question().getStatus().name().toLowerCase(), StringUtils.abbreviate(m.question().getOriginalText(), 400));
    }
}
