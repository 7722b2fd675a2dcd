package org.scrutineer.web;

import static org.apache.commons.lang3.exception.ExceptionUtils.throwableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

/**
 * What the engine's REST API and the Camunda webapps answer when something fails: a status that
 * says what happened and a message in plain English, never an engine code, a Java class name or
 * a process key. Whatever a person may not see answers exactly as something that does not exist.
 */
public final class EngineFailures {

    public static final String NOT_FOUND = "Not found. It does not exist, or it is not shared with you.";
    static final String NO_CORRELATION = "Nothing is waiting for this message with that business key.";
    static final String SERVER_ERROR = "Something went wrong on our side. Try again in a few minutes; "
            + "if it goes on, tell an administrator. Quote error id %s.";

    /** The SQL state class of a value the database cannot store: too long, out of range, a broken character. */
    private static final String DATA_EXCEPTION = "22";

    /** The SQL state class of a row the database's constraints refuse. */
    private static final String INTEGRITY_CONSTRAINT = "23";

    /** The engine's code for a write that lost to a concurrent transaction. */
    static final int OPTIMISTIC_LOCKING = 1;

    private static final Logger log = LoggerFactory.getLogger(EngineFailures.class);
    private static final SecureRandom ERROR_IDS = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TASK_ACTION = Pattern.compile("(?:engine/[^/]+/)?task/([^/]+)/(complete|submit-form|resolve|claim)/?");
    private static final Pattern MESSAGE = Pattern.compile("(?:engine/[^/]+/)?message/?");
    private static final Pattern NOT_FOUND_WORDS = Pattern.compile(
            "(?i)cannot find|could not find|not found|no matching|no \\w+(?: \\w+)? (?:found|with id)|does(?:n't| not) exist");
    private static final Pattern ENGINE_CODE = Pattern.compile("\\b[A-Z]+-\\d{5}\\s*");
    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*\\b");
    private static final Pattern LISTENER_WRAPPING = Pattern.compile("(?s)^.*?Exception while invoking (?:Task|Execution)Listener: ");

    private EngineFailures() {
    }

    /** The answer to {@code failure}, met while serving {@code path} (relative to the REST application). */
    static Response answer(Throwable failure, String path) {
        Response answer = refusalOrConflict(failure, path);
        if (answer == null) {
            answer = hiddenOrForbidden(failure);
        }
        return answer != null ? answer : badRequestOrServerError(failure);
    }

    /**
     * A rule said no, a message found nothing the caller may reach, or someone else got there first.
     * What a listener throws as an engine exception is a rule's refusal; anything else it throws is
     * a failure of ours.
     */
    private static Response refusalOrConflict(Throwable failure, String path) {
        EngineRuleRefusal refusal = throwableOfType(failure, EngineRuleRefusal.class);
        if (refusal != null) {
            return answer(422, "Refused", refusal.getMessage());
        }
        if (throwableOfType(failure, SQLException.class) == null && failure.getMessage() != null
                && LISTENER_WRAPPING.matcher(failure.getMessage()).find()) {
            return NestedExceptionUtils.getMostSpecificCause(failure) instanceof ProcessEngineException
                    ? answer(422, "Refused", failure.getMessage()) : serverError(failure);
        }
        if (MESSAGE.matcher(path).matches() && (throwableOfType(failure, AuthorizationException.class) != null
                || throwableOfType(failure, MismatchingMessageCorrelationException.class) != null)) {
            return answer(400, "InvalidRequest", NO_CORRELATION);
        }
        if (throwableOfType(failure, OptimisticLockingException.class) != null || engineCode(failure) == OPTIMISTIC_LOCKING) {
            return answer(409, "Conflict", "Someone else changed this at the same moment. Reload it to see what they did.");
        }
        Matcher action = TASK_ACTION.matcher(path);
        if (action.matches() && wasCompletedBeforeTheCallerCould(action.group(1))) {
            return answer(409, "Conflict", "This task has already been completed by someone else. Reload your task list.");
        }
        return null;
    }

    /** Not there, or not the caller's: the same answer, unless the caller may see it anyway. */
    private static Response hiddenOrForbidden(Throwable failure) {
        AuthorizationException refused = throwableOfType(failure, AuthorizationException.class);
        if (refused != null && callerSeesIt(refused)) {
            boolean task = Resources.TASK.resourceName().equals(refused.getMissingAuthorizations().get(0).getResourceType());
            return answer(403, "Forbidden", task
                    ? "You can see this task, but you are not allowed to do that with it. The person it is assigned to can "
                    + "hand it back or pass it on."
                    : "You can see this, but you are not allowed to change it. Ask an administrator.");
        }
        if (refused != null || failure instanceof NotFoundException || saysNotFound(failure)) {
            return notFound();
        }
        if (failure instanceof RestException rest && rest.getStatus() != null
                && (rest.getStatus().getStatusCode() == 403 || rest.getStatus().getStatusCode() == 404)
                || failure instanceof WebApplicationException web
                && (web.getResponse().getStatus() == 403 || web.getResponse().getStatus() == 404)) {
            return notFound();
        }
        return null;
    }

    /** What was sent cannot be used; or, only when the engine or its database truly failed, a 500. */
    private static Response badRequestOrServerError(Throwable failure) {
        SQLException database = throwableOfType(failure, SQLException.class);
        String state = database == null || database.getSQLState() == null ? "" : database.getSQLState();
        if (state.startsWith(DATA_EXCEPTION)) {
            return answer(400, "InvalidRequest", "A value sent is too long, or not of a kind that can be stored.");
        }
        if (database != null && !state.startsWith(INTEGRITY_CONSTRAINT)) {
            return serverError(failure);
        }
        if (failure instanceof RestException rest) {
            int status = rest.getStatus() == null ? 400 : rest.getStatus().getStatusCode();
            return answer(status >= 500 ? 400 : status, "InvalidRequest", rest.getMessage());
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return status >= 500 ? serverError(failure) : answer(status, "InvalidRequest", "This request cannot be carried out: " + reason(status));
        }
        if (failure instanceof com.fasterxml.jackson.core.JacksonException) {
            return answer(400, "InvalidRequest", "The request body is not JSON of the kind this request takes.");
        }
        if (database != null || throwableOfType(failure, org.apache.ibatis.exceptions.PersistenceException.class) != null) {
            return serverError(failure);
        }
        if (failure instanceof ProcessEngineException || failure instanceof IllegalArgumentException
                || failure instanceof ClassCastException || failure instanceof java.time.DateTimeException
                || failure instanceof ArithmeticException || failure.getClass().getName().startsWith("org.camunda.spin.")) {
            return answer(400, "InvalidRequest", failure.getMessage());
        }
        return serverError(failure);
    }

    /** {@link #notFound()}, for doors in front of the engine that answer before it does. */
    public static void writeNotFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), notFound().getEntity());
    }

    /** The engine says "cannot find" in many ways; each must answer exactly as a refusal does. */
    private static boolean saysNotFound(Throwable failure) {
        return (failure instanceof ProcessEngineException || failure instanceof RestException) && failure.getMessage() != null
                && NOT_FOUND_WORDS.matcher(failure.getMessage()).find();
    }

    static Response notFound() {
        return answer(404, "NotFound", NOT_FOUND);
    }

    /** A 500 that tells the caller only an error id, which is also in the log beside what failed. */
    private static Response serverError(Throwable failure) {
        byte[] bytes = new byte[4];
        ERROR_IDS.nextBytes(bytes);
        String errorId = HexFormat.of().withUpperCase().formatHex(bytes);
        log.error("The engine failed to serve a request (error id {})", errorId, failure);
        return answer(500, "ServerError", SERVER_ERROR.formatted(errorId));
    }

    static Response answer(int status, String type, String message) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(type);
        dto.setMessage(plain(message));
        return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The reason alone: without the engine's wrapping, codes and class names. */
    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "This request cannot be carried out.";
        }
        String text = LISTENER_WRAPPING.matcher(message).replaceFirst("");
        text = ENGINE_CODE.matcher(text).replaceAll("");
        text = EXCEPTION_PREFIX.matcher(text).replaceAll("");
        text = CLASS_NAME.matcher(text).replaceAll("a value");
        text = text.replaceAll("\\s+", " ").strip();
        if (message.contains("Message: '") && text.endsWith("'")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text.isEmpty() ? "This request cannot be carried out." : text;
    }

    private static String reason(int status) {
        return switch (status) {
            case 405 -> "this method is not allowed here.";
            case 406 -> "ask for JSON.";
            case 415 -> "send JSON, with the header Content-Type: application/json.";
            default -> "check what was sent.";
        };
    }

    /**
     * Someone who may see a task, a process instance or a user record may be told that they may not
     * change it; nobody else learns that it is there.
     */
    private static boolean callerSeesIt(AuthorizationException refused) {
        List<MissingAuthorization> missing = refused.getMissingAuthorizations();
        if (missing.isEmpty() || missing.get(0).getResourceId() == null
                || EngineUtil.lookupProcessEngine(null).getIdentityService().getCurrentAuthentication() == null) {
            return false;
        }
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        String type = missing.get(0).getResourceType();
        String id = missing.get(0).getResourceId();
        if (Resources.TASK.resourceName().equals(type)) {
            return engine.getTaskService().createTaskQuery().taskId(id).count() == 1;
        }
        if (Resources.PROCESS_INSTANCE.resourceName().equals(type)) {
            return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() == 1;
        }
        if (Resources.USER.resourceName().equals(type)) {
            return engine.getIdentityService().createUserQuery().userId(id).count() == 1;
        }
        return false;
    }

    private static int engineCode(Throwable failure) {
        ProcessEngineException engine = throwableOfType(failure, ProcessEngineException.class);
        return engine == null ? 0 : engine.getCode();
    }

    /**
     * Whether the task was completed, and offered to or assigned to the caller: only someone who
     * could have done it learns that someone else did; to anyone else it is not there.
     */
    private static boolean wasCompletedBeforeTheCallerCould(String taskId) {
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            return false;
        }
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
                    HistoricTaskInstance past = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
                    if (past == null || past.getEndTime() == null) {
                        return false;
                    }
                    return caller.getUserId().equals(past.getAssignee()) || engine.getHistoryService()
                            .createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
                            .anyMatch(link -> caller.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()));
                }));
    }
}
