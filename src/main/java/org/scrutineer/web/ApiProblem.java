package org.scrutineer.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;

/**
 * What the API answers when it does not do what was asked: the kind of problem ({@code type}), its
 * {@code status}, the reason in plain English ({@code error}) and, when fields are at fault, each
 * field's reason ({@code errors}).
 */
@JsonPropertyOrder({"type", "status", "error", "errors"})
public record ApiProblem(URI type, int status, String error, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> errors) {

    static final String ERRORS = "errors";
    private static final String TYPES = "urn:scrutineer:problem:";

    public static ApiProblem of(HttpStatusCode status, String reason) {
        return new ApiProblem(typeOf(status), status.value(), reason, Map.of());
    }

    @SuppressWarnings("unchecked")
    private static ApiProblem of(ErrorResponse failure) {
        ProblemDetail body = failure.getBody();
        Map<String, Object> properties = body.getProperties();
        Object errors = properties == null ? null : properties.get(ERRORS);
        return new ApiProblem(body.getType(), body.getStatus(), body.getDetail(),
                errors instanceof Map<?, ?> fields ? (Map<String, String>) fields : Map.of());
    }

    /** The answer to a refusal or a "not found"; a controller may give it for a failure it meets in its own way. */
    public static ResponseEntity<ApiProblem> answer(ErrorResponse failure) {
        ApiProblem problem = of(failure);
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_JSON).body(problem);
    }

    /** For filters, which answer before any controller does. */
    public void writeTo(HttpServletResponse response, ObjectMapper json) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), this);
    }

    static ProblemDetail detail(HttpStatusCode status, String reason, Map<String, String> errors) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, reason);
        detail.setType(typeOf(status));
        if (!errors.isEmpty()) {
            detail.setProperty(ERRORS, errors);
        }
        return detail;
    }

    /** A name for each kind of problem, so a client need not know what each status means here. */
    static URI typeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String kind = known == null ? null : switch (known) {
            case BAD_REQUEST -> "invalid-request";
            case NOT_FOUND -> "not-found";
            case CONFLICT -> "conflict";
            case PAYLOAD_TOO_LARGE -> "too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case UNPROCESSABLE_ENTITY -> "refused";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            default -> null;
        };
        return URI.create(kind == null ? "about:blank" : TYPES + kind);
    }
}
