package org.scrutineer.meeting;

import java.time.Clock;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.scrutineer.web.BodyLimit;
import org.scrutineer.web.PublicDoorGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The open door that asks for emails about a committee: a rate limit per client address, and a small size limit on what is sent. */
@Component
class AlertDoorGuard extends PublicDoorGuard {

    static final DataSize MAX_SIZE = DataSize.ofKilobytes(4);
    private static final Pattern DOORS = Pattern.compile("/committees/[^/]+/alerts");

    AlertDoorGuard(AlertSettings settings, Clock clock, ObjectMapper json) {
        super(DOORS, settings.rateLimitRequests(), settings.rateLimitWindow(), clock, json, "requests for emails");
    }

    @Bean
    static BodyLimit alertSizeLimit() {
        return BodyLimit.of("POST", DOORS.pattern(), MAX_SIZE, "An email address is all this form needs.");
    }
}
