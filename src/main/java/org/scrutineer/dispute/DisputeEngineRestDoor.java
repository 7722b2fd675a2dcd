package org.scrutineer.dispute;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * The second lock on dispute instances and tasks, behind the engine's own authorizations: to every
 * caller outside the five dispute groups they answer as if they did not exist, however they ask.
 */
@Component
class DisputeEngineRestDoor {

    private static final List<String> KEYS = List.of(DisputeIntake.PROCESS, SendWeeklyDisputeReport.PROCESS);

    private final HistoryService historyService;

    DisputeEngineRestDoor(HistoryService historyService) {
        this.historyService = historyService;
    }

    AuthorizationManager<RequestAuthorizationContext> processInstance() {
        return (authentication, context) -> decide(authentication, isDisputeInstance(context.getVariables().get("id")));
    }

    AuthorizationManager<RequestAuthorizationContext> task() {
        return (authentication, context) -> decide(authentication, isDisputeTask(context.getVariables().get("id")));
    }

    private static AuthorizationDecision decide(Supplier<Authentication> authentication, boolean dispute) {
        Authentication user = authentication.get();
        if (user == null || !user.isAuthenticated() || "anonymousUser".equals(user.getPrincipal())) {
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(!dispute || user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(DisputeGroups.ALL::contains));
    }

    private boolean isDisputeInstance(String id) {
        return id != null && historyService.createHistoricProcessInstanceQuery().processInstanceId(id)
                .processDefinitionKeyIn(KEYS.toArray(String[]::new)).count() > 0;
    }

    private boolean isDisputeTask(String id) {
        return id != null && historyService.createHistoricTaskInstanceQuery().taskId(id).list().stream()
                .anyMatch(task -> task.getProcessDefinitionKey() != null && KEYS.contains(task.getProcessDefinitionKey()));
    }
}
