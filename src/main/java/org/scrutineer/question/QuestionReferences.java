package org.scrutineer.question;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Hands out references such as {@code PQ-2025-0012}, numbered from 1 in each calendar year. */
@Component
class QuestionReferences {

    private final ReferenceCounterRepository counters;
    private final Clock clock;

    QuestionReferences(ReferenceCounterRepository counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next() {
        int year = LocalDate.now(clock).getYear();
        String name = "PQ-" + year;
        ReferenceCounter counter = counters.lockByName(name).orElseGet(() -> counters.saveAndFlush(new ReferenceCounter(name)));
        return String.format("PQ-%d-%04d", year, counter.next());
    }
}
