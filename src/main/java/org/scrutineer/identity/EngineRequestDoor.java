package org.scrutineer.identity;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.scrutineer.web.BufferedBodyRequest;
import org.scrutineer.web.EngineFailures;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the engine's REST API accepts, checked before the engine sees it:
 * <ul>
 * <li>deleting only a task the caller may see; any other answers as one that does not exist;</li>
 * <li>an address without control characters or broken symbols, which some databases refuse with an error,
 * and pages of results that start and end at whole numbers;</li>
 * <li>no NUL character in any text of a JSON body;</li>
 * <li>object variables only of the types Scrutineer stores ({@link StoredTypesOnly}), and only as JSON:
 * the engine would otherwise store any class and build it when the value is read;</li>
 * <li>messages only by business key: correlation keys and instance ids would let anyone probe for a
 * process they may not see, such as whether a child has a dispute at a given stage. The engine itself
 * then answers a match that the caller may not see exactly as no match at all.</li>
 * </ul>
 */
class EngineRequestDoor extends OncePerRequestFilter {

    static final String MESSAGE_REFUSAL = "Send a message to one process by its business key only (messageName and "
            + "businessKey); correlation keys, process instance ids and \"all\" are not accepted.";
    static final String ADDRESS_REFUSAL = "The address contains characters that are not allowed.";
    static final String NUL_REFUSAL = "Text may not contain the character U+0000.";
    static final String PAGE_REFUSAL = "firstResult and maxResults must be whole numbers, 0 or more.";
    static final String TYPE_REFUSAL = "Object values are accepted only as JSON (application/json) and only as text, "
            + "numbers, lists and maps.";

    private static final Pattern TASK = Pattern.compile("^(?:/engine-rest|/camunda/api/engine)(?:/engine/[^/]+)?/task/([^/]+)/?$");
    private static final Pattern MESSAGE = Pattern.compile("^(/engine-rest|/camunda/api/engine)(/engine/[^/]+)?/message/?$");
    private static final Pattern TYPE_NAMES = Pattern.compile("[<>,\\s]+");
    private static final Set<String> MESSAGE_FIELDS = Set.of("messageName", "businessKey", "tenantId", "withoutTenantId",
            "processVariables", "processVariablesLocal", "processVariablesToTriggeredScope", "resultEnabled",
            "variablesInResultEnabled");
    private static final Set<String> PAGING = Set.of("firstResult", "maxResults");
    private static final int MAX_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StoredTypesOnly TYPES = new StoredTypesOnly();

    private final TaskService taskService;
    private final IdentityService identityService;

    EngineRequestDoor(TaskService taskService, IdentityService identityService) {
        this.taskService = taskService;
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!cleanAddress(request)) {
            refuse(response, 400, ADDRESS_REFUSAL);
            return;
        }
        if (!wholePages(request)) {
            refuse(response, 400, PAGE_REFUSAL);
            return;
        }
        if (deletesATaskTheCallerCannotSee(request)) {
            EngineFailures.writeNotFound(response);
            return;
        }
        boolean message = "POST".equalsIgnoreCase(request.getMethod())
                && MESSAGE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
        if (!message && !isJson(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            refuse(response, 413, "What you sent is too large.");
            return;
        }
        JsonNode json = parse(body);
        if (message && !byBusinessKeyOnly(json)) {
            refuse(response, 400, MESSAGE_REFUSAL);
            return;
        }
        if (json != null && !onlyStoredTypes(json)) {
            refuse(response, 400, TYPE_REFUSAL);
            return;
        }
        if (json != null && hasNul(json)) {
            refuse(response, 400, NUL_REFUSAL);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /**
     * The engine refuses to delete a task of a running process before it asks whether the caller may
     * see it, which would tell anyone that the task exists.
     */
    private boolean deletesATaskTheCallerCannotSee(HttpServletRequest request) {
        if (!"DELETE".equalsIgnoreCase(request.getMethod())) {
            return false;
        }
        Matcher task = TASK.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!task.matches()) {
            return false;
        }
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        org.camunda.bpm.engine.impl.identity.Authentication before = identityService.getCurrentAuthentication();
        identityService.setAuthentication(person == null ? null : person.getName(), StaffGroups.of(person));
        try {
            return taskService.createTaskQuery().taskId(URLDecoder.decode(task.group(1), StandardCharsets.UTF_8)).count() == 0;
        } finally {
            if (before == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(before);
            }
        }
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().contains("json") && !"GET".equalsIgnoreCase(request.getMethod());
    }

    private static boolean cleanAddress(HttpServletRequest request) {
        return clean(request.getRequestURI()) && (request.getQueryString() == null || clean(request.getQueryString()));
    }

    /** Read from the query string itself: asking the request for a parameter could consume a form body. */
    private static boolean wholePages(HttpServletRequest request) {
        if (request.getQueryString() == null) {
            return true;
        }
        for (String pair : request.getQueryString().split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (PAGING.contains(name) && !value.matches("\\d{1,9}")) {
                return false;
            }
        }
        return true;
    }

    private static boolean clean(String raw) {
        String decoded;
        try {
            decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return decoded.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0xFFFD);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean byBusinessKeyOnly(JsonNode message) {
        if (message == null || !message.isObject()) {
            return false;
        }
        for (var field = message.fieldNames(); field.hasNext(); ) {
            String name = field.next();
            JsonNode value = message.get(name);
            boolean harmless = value.isNull() || "all".equals(name) && value.isBoolean() && !value.asBoolean();
            if (!MESSAGE_FIELDS.contains(name) && !harmless) {
                return false;
            }
        }
        JsonNode key = message.get("businessKey");
        return key != null && key.isTextual() && !key.asText().isBlank();
    }

    private static boolean onlyStoredTypes(JsonNode node) {
        if (node.isObject()) {
            JsonNode info = node.get("valueInfo");
            if (info != null && info.isObject() && !allowed(info)) {
                return false;
            }
        }
        for (JsonNode child : node) {
            if (!onlyStoredTypes(child)) {
                return false;
            }
        }
        return true;
    }

    /** PostgreSQL refuses the NUL character in text with an error; it is refused here for every database alike. */
    private static boolean hasNul(JsonNode node) {
        if (node.isTextual()) {
            return node.asText().indexOf('\u0000') >= 0;
        }
        for (var field = node.fieldNames(); field.hasNext(); ) {
            if (field.next().indexOf('\u0000') >= 0) {
                return true;
            }
        }
        for (JsonNode child : node) {
            if (hasNul(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowed(JsonNode valueInfo) {
        JsonNode format = valueInfo.get("serializationDataFormat");
        if (format != null && !format.isNull() && !format.asText().startsWith("application/json")) {
            return false;
        }
        JsonNode type = valueInfo.get("objectTypeName");
        if (type == null || type.isNull()) {
            return true;
        }
        for (String name : TYPE_NAMES.split(type.asText().strip())) {
            if (!name.isEmpty() && !TYPES.validate(name)) {
                return false;
            }
        }
        return true;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", "InvalidRequest", "message", message)));
    }
}
