package org.scrutineer.question;

import java.time.Clock;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.scrutineer.web.BodyLimit;
import org.scrutineer.web.PublicDoorGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Guards the two open doors for questions, the public form and {@code POST /api/questions}: a rate
 * limit per client address, and a size limit on what is sent, which the web layer holds while the
 * body is read, however it is sent.
 */
@Component
class PublicSubmissionGuard extends PublicDoorGuard {

    static final DataSize MAX_SIZE = DataSize.ofKilobytes(64);
    private static final Pattern DOORS = Pattern.compile("/api/questions|/meetings/\\d+/ask");

    PublicSubmissionGuard(QuestionSettings settings, Clock clock, ObjectMapper json) {
        super(DOORS, settings.rateLimitRequests(), settings.rateLimitWindow(), clock, json, "questions");
    }

    @Bean
    static BodyLimit questionSizeLimit() {
        return BodyLimit.of("POST", DOORS.pattern(), MAX_SIZE, "A question must be at most a few hundred words.");
    }
}
