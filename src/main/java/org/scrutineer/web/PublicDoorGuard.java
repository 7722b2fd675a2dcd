package org.scrutineer.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A rate limit per client address on a feature's open doors (a public form and its API twin): past
 * the limit a person is told, in plain words, when to try again; the API answers with the same words
 * as a problem.
 */
public abstract class PublicDoorGuard extends OncePerRequestFilter {

    private final Pattern doors;
    private final RateLimiter limiter;
    private final ObjectMapper json;
    private final String what;

    /** @param what what the doors take, in the plural: "questions" */
    protected PublicDoorGuard(Pattern doors, int requests, Duration window, Clock clock, ObjectMapper json, String what) {
        this.doors = doors;
        this.limiter = new RateLimiter(requests, window, clock);
        this.json = json;
        this.what = what;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !doors.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            String message = "Too many " + what + " have been sent from your address. Try again in " + limiter.window().toMinutes() + " minutes.";
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
