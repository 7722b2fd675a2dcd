package org.scrutineer.workprogramme;

import java.io.IOException;
import java.time.Clock;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.web.ApiProblem;
import org.scrutineer.web.BodyLimit;
import org.scrutineer.web.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the two open doors for topic suggestions, the public form and {@code POST /api/topic-suggestions}:
 * a rate limit per client address, and a size limit on what is sent, however it is sent.
 */
@Component
class SuggestionDoorGuard extends OncePerRequestFilter {

    static final DataSize MAX_SIZE = DataSize.ofKilobytes(32);
    private static final Pattern DOORS = Pattern.compile("/api/topic-suggestions|/committees/[^/]+/suggest-a-topic");

    private final RateLimiter limiter;
    private final ObjectMapper json;

    SuggestionDoorGuard(SuggestionSettings settings, Clock clock, ObjectMapper json) {
        this.limiter = new RateLimiter(settings.rateLimitRequests(), settings.rateLimitWindow(), clock);
        this.json = json;
    }

    @Bean
    static BodyLimit suggestionSizeLimit() {
        return BodyLimit.of("POST", DOORS.pattern(), MAX_SIZE, "A suggestion must be at most a few hundred words.");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !DOORS.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            String message = "Too many suggestions have been sent from your address. Try again in " + limiter.window().toMinutes() + " minutes.";
            response.setHeader("Retry-After", String.valueOf(limiter.window().toSeconds()));
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ApiProblem.of(HttpStatus.TOO_MANY_REQUESTS, message).writeTo(response, json);
            } else {
                response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), message);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
