package org.scrutineer.identity;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.web.EngineRuleRefusal;

/**
 * The engine's default grants. A user may only read their own record ({@link OwnProfileIsReadOnly}).
 * Grants on tasks are kept to the people a task is for now. Candidates may read and work
 * a task; its assignee may also hand it back or pass it on. A task of a restricted process may be
 * given only to members of its groups; a person or group a task is taken from loses the grant it
 * had; completing a task removes every grant on it (the engine does that itself).
 */
class TaskGrants extends DefaultAuthorizationProvider {

    private final RestrictedProcesses restricted;

    TaskGrants(RestrictedProcesses restricted) {
        this.restricted = restricted;
    }

    @Override
    public AuthorizationEntity[] newUser(User user) {
        return OwnProfileIsReadOnly.selfGrant(user);
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        refuseOutsider(task, newAssignee);
        if (oldAssignee != null && !oldAssignee.equals(newAssignee) && !oldAssignee.equals(task.getOwner())) {
            withdrawFromUser(task, oldAssignee);
        }
        AuthorizationEntity[] grants = super.newTaskAssignee(task, oldAssignee, newAssignee);
        if (grants != null) {
            for (AuthorizationEntity grant : grants) {
                grant.addPermission(TaskPermissions.TASK_ASSIGN);
            }
        }
        return grants;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        refuseOutsider(task, newOwner);
        if (oldOwner != null && !oldOwner.equals(newOwner) && !oldOwner.equals(task.getAssignee())) {
            withdrawFromUser(task, oldOwner);
        }
        return super.newTaskOwner(task, oldOwner, newOwner);
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        refuseOutsider(task, userId);
        return super.newTaskUserIdentityLink(task, userId, type);
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        restrictedGroups(task).filter(allowed -> !allowed.contains(groupId)).ifPresent(allowed -> {
            throw new EngineRuleRefusal("This task can only be offered to " + restricted.inWords(allowed) + ".");
        });
        return super.newTaskGroupIdentityLink(task, groupId, type);
    }

    @Override
    public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
        if (userId != null && !userId.equals(task.getAssignee()) && !userId.equals(task.getOwner())) {
            withdraw(getGrantAuthorizationByUserId(userId, Resources.TASK, task.getId()));
        }
        return null;
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
        if (groupId != null) {
            withdraw(getGrantAuthorizationByGroupId(groupId, Resources.TASK, task.getId()));
        }
        return null;
    }

    private void refuseOutsider(Task task, String userId) {
        if (userId == null) {
            return;
        }
        restrictedGroups(task).filter(allowed -> !memberOfAny(userId, allowed)).ifPresent(allowed -> {
            throw new EngineRuleRefusal("This task can only be given to someone in " + restricted.inWords(allowed) + ".");
        });
    }

    private Optional<Set<String>> restrictedGroups(Task task) {
        if (task.getProcessDefinitionId() == null) {
            return Optional.empty();
        }
        ProcessDefinition definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
        return restricted.groupsFor(definition.getKey());
    }

    private static boolean memberOfAny(String userId, Set<String> groups) {
        CommandContext context = Context.getCommandContext();
        return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createGroupQuery(context)
                .groupMember(userId).groupIdIn(groups.toArray(String[]::new)).count() > 0);
    }

    private void withdrawFromUser(Task task, String userId) {
        boolean stillCandidate = task instanceof TaskEntity entity && entity.getIdentityLinks().stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && userId.equals(link.getUserId()));
        if (stillCandidate) {
            return;
        }
        withdraw(getGrantAuthorizationByUserId(userId, Resources.TASK, task.getId()));
    }

    /** Grants are the engine's housekeeping, not the acting person's: whoever may change the task may take its grants away. */
    private static void withdraw(AuthorizationEntity grant) {
        if (grant != null) {
            CommandContext context = Context.getCommandContext();
            context.runWithoutAuthorization(() -> {
                context.getAuthorizationManager().delete(grant);
                return null;
            });
        }
    }
}
