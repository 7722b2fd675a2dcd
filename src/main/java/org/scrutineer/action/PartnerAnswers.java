package org.scrutineer.action;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's answer through the link in their email: the link is checked, then the answer, and
 * only then is the action's {@code respondToAction} task completed with it, as if in the Tasklist.
 */
@Service
class PartnerAnswers {

    /** What became of an answer: the link's check, and the reasons by field when the answer itself was at fault. */
    record Outcome(ActionLinks.Check link, Map<String, String> errors) {

        boolean kept() {
            return link == ActionLinks.Check.VALID && errors.isEmpty();
        }
    }

    private final TrackedActions actions;
    private final ActionLinks links;
    private final TaskService taskService;

    PartnerAnswers(TrackedActions actions, ActionLinks links, TaskService taskService) {
        this.actions = actions;
        this.links = links;
        this.taskService = taskService;
    }

    @Transactional(readOnly = true)
    ActionLinks.Check check(long actionId, String token) {
        return actions.find(actionId).map(a -> links.check(a, token)).orElse(ActionLinks.Check.FORGED);
    }

    @Transactional
    Outcome answer(long actionId, String token, String response, String outcome, String newDueBy) {
        ActionLinks.Check link = check(actionId, token);
        if (link != ActionLinks.Check.VALID) {
            return new Outcome(link, Map.of());
        }
        Map<String, String> errors = actions.checkAnswer(response, outcome, newDueBy);
        if (!errors.isEmpty()) {
            return new Outcome(link, errors);
        }
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(TrackedActions.businessKey(actionId))
                .taskDefinitionKey(RecordActionResponse.TASK).singleResult();
        if (task == null) {
            return new Outcome(ActionLinks.Check.CLOSED, Map.of());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("response", response.strip());
        variables.put("outcome", outcome);
        variables.put("newDueBy", newDueBy == null ? null : newDueBy.strip());
        taskService.complete(task.getId(), variables);
        return new Outcome(link, Map.of());
    }
}
