package org.scrutineer.workprogramme;

import java.time.Clock;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.scrutineer.web.BodyLimit;
import org.scrutineer.web.PublicDoorGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Guards the two open doors for topic suggestions, the public form and {@code POST /api/topic-suggestions}:
 * a rate limit per client address, and a size limit on what is sent, however it is sent.
 */
@Component
class SuggestionDoorGuard extends PublicDoorGuard {

    static final DataSize MAX_SIZE = DataSize.ofKilobytes(32);
    private static final Pattern DOORS = Pattern.compile("/api/topic-suggestions|/committees/[^/]+/suggest-a-topic");

    SuggestionDoorGuard(SuggestionSettings settings, Clock clock, ObjectMapper json) {
        super(DOORS, settings.rateLimitRequests(), settings.rateLimitWindow(), clock, json, "suggestions");
    }

    @Bean
    static BodyLimit suggestionSizeLimit() {
        return BodyLimit.of("POST", DOORS.pattern(), MAX_SIZE, "A suggestion must be at most a few hundred words.");
    }
}
