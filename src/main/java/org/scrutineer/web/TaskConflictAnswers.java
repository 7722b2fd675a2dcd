package org.scrutineer.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * When two people act on the same task at once, or on one already completed, the engine's REST
 * API answers 500, whatever the engine tripped over on the way. This turns those answers into what
 * happened: 409 when someone else got there first, 404 when there never was such a task.
 */
class TaskConflictAnswers implements ContainerResponseFilter {

    /** The engine's code for a write that lost to a concurrent transaction. */
    static final int OPTIMISTIC_LOCKING = 1;
    private static final Pattern TASK_ACTION = Pattern.compile("/?task/([^/]+)/(complete|submit-form|resolve|claim)");

    private final ProcessEngineConfigurationImpl engine;

    TaskConflictAnswers(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != Response.Status.INTERNAL_SERVER_ERROR.getStatusCode()
                || !(response.getEntity() instanceof ExceptionDto failure)) {
            return;
        }
        Matcher action = TASK_ACTION.matcher(request.getUriInfo().getPath());
        if (!action.matches()) {
            return;
        }
        if (failure.getCode() != null && failure.getCode() == OPTIMISTIC_LOCKING) {
            answer(response, Response.Status.CONFLICT, "Someone else changed this task at the same moment. "
                    + "Reload the task to see what they did.");
        } else if (wasCompleted(action.group(1))) {
            answer(response, Response.Status.CONFLICT, "This task has already been completed by someone else. "
                    + "Reload your task list.");
        } else if (failure.getMessage() != null && failure.getMessage().contains("Cannot find task")) {
            answer(response, Response.Status.NOT_FOUND, "There is no task with this id.");
        }
    }

    private boolean wasCompleted(String taskId) {
        HistoricTaskInstance past = engine.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            return context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
        });
        return past != null && past.getEndTime() != null;
    }

    private static void answer(ContainerResponseContext response, Response.Status status, String message) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(status == Response.Status.CONFLICT ? "TaskConflict" : "TaskNotFound");
        dto.setMessage(message);
        response.setStatus(status.getStatusCode());
        response.setEntity(dto, null, MediaType.APPLICATION_JSON_TYPE);
    }
}
