package org.scrutineer.action;

import java.time.Clock;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.scrutineer.web.BodyLimit;
import org.scrutineer.web.PublicDoorGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Guards the page where a partner answers without signing in: a rate limit per client address, and a size limit on what is sent. */
@Component
class AnswerDoorGuard extends PublicDoorGuard {

    static final DataSize MAX_SIZE = DataSize.ofKilobytes(48);
    private static final Pattern DOORS = Pattern.compile("/actions/\\d+/respond");

    AnswerDoorGuard(ActionSettings settings, Clock clock, ObjectMapper json) {
        super(DOORS, settings.answerRateLimitRequests(), settings.answerRateLimitWindow(), clock, json, "answers");
    }

    @Bean
    static BodyLimit answerSizeLimit() {
        return BodyLimit.of("POST", DOORS.pattern(), MAX_SIZE, "An answer must be at most a few pages of text.");
    }
}
