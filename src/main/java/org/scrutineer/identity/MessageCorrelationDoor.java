package org.scrutineer.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Messages reach a process through the engine's REST API only by business key. Correlation keys
 * and instance ids would let anyone probe for a process they may not see, such as whether a child
 * has a dispute at a given stage; the engine itself then answers a match that the caller may not
 * see exactly as no match at all.
 */
class MessageCorrelationDoor extends OncePerRequestFilter {

    static final String REFUSAL = "Send a message by its business key only (messageName and businessKey); "
            + "correlation keys and process instance ids are not accepted.";

    private static final Pattern PATHS = Pattern.compile("^(/engine-rest|/camunda/api/engine)(/engine/[^/]+)?/message/?$");
    private static final Set<String> ALLOWED = Set.of("messageName", "businessKey", "tenantId", "withoutTenantId",
            "processVariables", "processVariablesLocal", "processVariablesToTriggeredScope", "all", "resultEnabled",
            "variablesInResultEnabled");
    private static final int MAX_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod())
                || !PATHS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            refuse(response, 413, "What you sent is too large.");
            return;
        }
        if (!byBusinessKeyOnly(body)) {
            refuse(response, 400, REFUSAL);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    private static boolean byBusinessKeyOnly(byte[] body) {
        try {
            JsonNode message = JSON.readTree(body);
            if (message == null || !message.isObject()) {
                return false;
            }
            for (var field = message.fieldNames(); field.hasNext(); ) {
                String name = field.next();
                if (!ALLOWED.contains(name) && !message.get(name).isNull()) {
                    return false;
                }
            }
            JsonNode key = message.get("businessKey");
            return key != null && key.isTextual() && !key.asText().isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(java.util.Map.of("type", "InvalidRequest", "message", message)));
    }

    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
