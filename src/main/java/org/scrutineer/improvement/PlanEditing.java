package org.scrutineer.improvement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.identity.StaffDirectory;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Democratic services and the directors keep a plan: its details and owner, each theme's accountable
 * lead and each action's lead. A new lead takes over the open task the old one had.
 */
@Service
public class PlanEditing {

    private final ImprovementPlanRepository plans;
    private final PlanActionRepository actions;
    private final InspectionRecommendationRepository recommendations;
    private final StaffDirectory directory;
    private final ActionLeads leads;
    private final TaskService taskService;

    PlanEditing(ImprovementPlanRepository plans, PlanActionRepository actions, InspectionRecommendationRepository recommendations,
                StaffDirectory directory, ActionLeads leads, TaskService taskService) {
        this.plans = plans;
        this.actions = actions;
        this.recommendations = recommendations;
        this.directory = directory;
        this.leads = leads;
        this.taskService = taskService;
    }

    @Transactional
    public void describe(long planId, String title, String directorate, String period, String owner) {
        ImprovementPlan plan = plan(planId);
        Map<String, String> errors = new LinkedHashMap<>();
        String named = PlanText.orNull(title);
        if (named == null) {
            errors.put("title", "Give the plan's title");
        } else if (named.length() > ImprovementPlan.TITLE_LENGTH) {
            errors.put("title", "The title must be " + ImprovementPlan.TITLE_LENGTH + " characters or fewer");
        } else if (plans.findAll().stream().anyMatch(p -> !p.getId().equals(planId) && PlanText.same(p.getTitle(), named))) {
            errors.put("title", "Another plan has that title");
        }
        String inDirectorate = limited(errors, "directorate", directorate, 200);
        String during = limited(errors, "period", period, 100);
        String by = staff(errors, "owner", owner);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        plan.describe(named, inDirectorate, during, by);
        recommendations.findByPlanIdOrderByPositionAsc(planId).forEach(r -> handOver(Recommendations.PROCESS,
                Recommendations.businessKey(r.getId()), "reviewRecommendation", by));
    }

    @Transactional
    public void leadAction(long planId, long actionId, String lead) {
        PlanAction action = actions.findById(actionId).filter(a -> a.getPlanId() == planId).orElseThrow(() -> NotFound.withId("plan action", actionId));
        Map<String, String> errors = new LinkedHashMap<>();
        String id = staff(errors, "lead-" + actionId, lead);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        action.ledBy(id);
        handOver(ActionProgress.PROCESS, ActionProgress.businessKey(actionId), "updateActionProgress", id);
    }

    @Transactional
    public void leadTheme(long planId, long themeId, String lead) {
        PlanTheme theme = plan(planId).getThemes().stream().filter(t -> t.getId() == themeId).findFirst()
                .orElseThrow(() -> NotFound.withId("theme", themeId));
        Map<String, String> errors = new LinkedHashMap<>();
        String id = staff(errors, "theme-" + themeId, lead);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        theme.leadBy(id);
        actions.findByPlanIdOrderByPositionAsc(planId).stream().filter(a -> a.getTheme().getId() == themeId)
                .forEach(a -> handOver(ActionProgress.PROCESS, ActionProgress.businessKey(a.getId()), "confirmCompletion", id));
    }

    /** The open task goes to the new person or group, and no longer to the old. */
    private void handOver(String process, String businessKey, String taskKey, String to) {
        StaffDirectory.Entry who = leads.who(to);
        List<Task> open = taskService.createTaskQuery().processDefinitionKey(process).processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).list();
        for (Task task : open) {
            taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .forEach(link -> taskService.deleteCandidateGroup(task.getId(), link.getGroupId()));
            taskService.setAssignee(task.getId(), who.user());
            if (who.group() != null) {
                taskService.addCandidateGroup(task.getId(), who.group());
            }
        }
    }

    private String staff(Map<String, String> errors, String field, String id) {
        String given = PlanText.orNull(id);
        if (given == null) {
            return null;
        }
        return directory.find(given).map(StaffDirectory.Entry::id).orElseGet(() -> {
            errors.put(field, "'" + given + "' is not a user or group in the staff directory");
            return null;
        });
    }

    private static String limited(Map<String, String> errors, String field, String text, int limit) {
        String value = PlanText.orNull(text);
        if (value != null && value.length() > limit) {
            errors.put(field, "The " + field + " must be " + limit + " characters or fewer");
        }
        return value;
    }

    private ImprovementPlan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> NotFound.withId("improvement plan", planId));
    }
}
