package org.scrutineer.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 413 a request whose body is larger than its door allows ({@link BodyLimit}, or
 * {@code scrutineer.web.max-body-size} for every other door), whether it declares its length or
 * arrives in chunks, before anything parses it: the body is read into memory up to the limit and
 * handed on from there. A file upload to a door that takes uploads goes to the servlet container's
 * multipart parser as it arrives, which holds it to the multipart limits, and is refused here only
 * when its declared length is already too large.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

    /** The request attribute that tells the "too large" page what was allowed. */
    static final String REFUSAL = "refusal";
    static final String TOO_LARGE = "What you sent is too large.";

    private final BodyLimit general;
    private final List<BodyLimit> doors;
    private final ObjectMapper json;

    RequestBodyLimit(@Value("${scrutineer.web.max-body-size}") DataSize max, List<BodyLimit> doors, ObjectMapper json) {
        this.general = new BodyLimit("*", Pattern.compile(".*"), max, "A request may be at most " + BodyLimit.words(max) + ".", false);
        this.doors = List.copyOf(doors);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        boolean multipart = multipart(request);
        BodyLimit limit = doors.stream().filter(d -> d.appliesTo(request.getMethod(), path, multipart)).findFirst().orElse(general);
        long max = limit.max().toBytes();
        if (request.getContentLengthLong() > max) {
            refuse(request, response, path, limit);
            return;
        }
        if (limit.uploads()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (body.length > max) {
            refuse(request, response, path, limit);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, BodyLimit limit) throws IOException {
        String message = TOO_LARGE + " " + limit.refusal();
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            ApiProblem.of(HttpStatus.PAYLOAD_TOO_LARGE, message).writeTo(response, json);
        } else if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
            answer(response, Map.of("type", "RequestBodyTooLarge", "message", message));
        } else {
            request.setAttribute(REFUSAL, limit.refusal());
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value(), message);
        }
    }

    private void answer(HttpServletResponse response, Map<String, String> body) throws IOException {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
