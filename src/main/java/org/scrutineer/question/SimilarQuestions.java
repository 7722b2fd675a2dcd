package org.scrutineer.question;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.CosineSimilarity;
import org.springframework.stereotype.Component;

/**
 * Finds the committee's questions of the last six months that resemble a new one: cosine
 * similarity of their word counts, common words left out.
 */
@Component
class SimilarQuestions {

    record Match(PublicQuestionRepository.Earlier question, double score) {
    }

    private static final Duration SIX_MONTHS = Duration.ofDays(183);
    private static final int MOST = 5;
    private static final Set<String> COMMON = Set.of("the", "and", "for", "are", "but", "not", "you", "all", "any", "can",
            "has", "have", "had", "was", "were", "will", "with", "what", "when", "which", "who", "why", "how", "this",
            "that", "these", "those", "from", "into", "about", "does", "did", "our", "their", "there", "they", "its",
            "would", "could", "should", "been", "being", "than", "then", "please", "council", "committee");

    private final PublicQuestionRepository questions;
    private final QuestionSettings settings;
    private final Clock clock;
    private final CosineSimilarity cosine = new CosineSimilarity();

    SimilarQuestions(PublicQuestionRepository questions, QuestionSettings settings, Clock clock) {
        this.questions = questions;
        this.settings = settings;
        this.clock = clock;
    }

    List<Match> to(PublicQuestion question) {
        Map<CharSequence, Integer> words = words(question.getOriginalText());
        return questions.findByCommitteeIdAndSubmittedAtAfterAndIdNotAndStatusNot(question.getCommitteeId(),
                        clock.instant().minus(SIX_MONTHS), question.getId(), QuestionStatus.WITHDRAWN).stream()
                .map(q -> new Match(q, score(words, words(q.getOriginalText()))))
                .filter(m -> m.score() >= settings.similarityThreshold())
                .sorted(Comparator.comparingDouble(Match::score).reversed())
                .limit(MOST)
                .toList();
    }

    private double score(Map<CharSequence, Integer> a, Map<CharSequence, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return cosine.cosineSimilarity(a, b);
    }

    static Map<CharSequence, Integer> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 2 && !COMMON.contains(w))
                .collect(Collectors.toMap(Function.identity(), w -> 1, Integer::sum));
    }
}
