package org.scrutineer.calendar;

import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    @Bean
    AppClock clock(@Value("${scrutineer.clock.start}") String start) {
        return AppClock.startingAt(start.isBlank() ? null : Instant.parse(start));
    }
}
