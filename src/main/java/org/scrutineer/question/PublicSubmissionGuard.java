package org.scrutineer.question;

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
 * Guards the two open doors for questions, the public form and {@code POST /api/questions}: a rate
 * limit per client address, and a size limit on what is sent, which the web layer holds while the
 * body is read, however it is sent.
 */
@Component
class PublicSubmissionGuard extends OncePerRequestFilter {

    static final DataSize MAX_SIZE = DataSize.ofKilobytes(64);
    private static final Pattern DOORS = Pattern.compile("/api/questions|/meetings/\\d+/ask");

    private final RateLimiter limiter;
    private final ObjectMapper json;

    PublicSubmissionGuard(QuestionSettings settings, Clock clock, ObjectMapper json) {
        this.limiter = new RateLimiter(settings.rateLimitRequests(), settings.rateLimitWindow(), clock);
        this.json = json;
    }

    @Bean
    static BodyLimit questionSizeLimit() {
        return BodyLimit.of("POST", DOORS.pattern(), MAX_SIZE, "A question must be at most a few hundred words.");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !DOORS.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            response.setHeader("Retry-After", String.valueOf(limiter.window().toSeconds()));
            refuse(response, api, HttpStatus.TOO_MANY_REQUESTS, "Too many questions have been sent from your "
                    + "address. Try again in " + limiter.window().toMinutes() + " minutes.");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, boolean api, HttpStatus status, String message) throws IOException {
        if (api) {
            ApiProblem.of(status, message).writeTo(response, json);
        } else {
            response.sendError(status.value(), message);
        }
    }
}
