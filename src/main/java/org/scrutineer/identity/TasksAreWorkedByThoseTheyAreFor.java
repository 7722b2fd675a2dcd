package org.scrutineer.identity;

import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.scrutineer.web.EngineRuleRefusal;

/**
 * Staff groups may work the tasks of a process definition they are granted ({@link TaskGrants}),
 * but a task is claimed and completed only by the people it is for: its assignee or owner, a
 * candidate, a member of a candidate group, or an administrator. The engine's other checks are
 * left to the engine.
 */
final class TasksAreWorkedByThoseTheyAreFor {

    private final RestrictedProcesses groups;

    private TasksAreWorkedByThoseTheyAreFor(RestrictedProcesses groups) {
        this.groups = groups;
    }

    /** The check, in the shape the engine asks for: every check but working a task passes here. */
    static CommandChecker checker(RestrictedProcesses groups) {
        TasksAreWorkedByThoseTheyAreFor rule = new TasksAreWorkedByThoseTheyAreFor(groups);
        return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(), new Class<?>[] {CommandChecker.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "checkTaskWork" -> {
                        rule.check((TaskEntity) arguments[0]);
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    case "toString" -> TasksAreWorkedByThoseTheyAreFor.class.getSimpleName();
                    default -> null;
                });
    }

    private void check(TaskEntity task) {
        CommandContext context = Context.getCommandContext();
        Authentication person = context.getAuthentication();
        if (person == null || person.getUserId() == null || !context.isAuthorizationCheckEnabled()
                || !context.getProcessEngineConfiguration().isAuthorizationEnabled()) {
            return;
        }
        String user = person.getUserId();
        List<String> mine = person.getGroupIds() == null ? List.of() : person.getGroupIds();
        if (user.equals(task.getAssignee()) || user.equals(task.getOwner()) || groups.isAdministrator(mine)) {
            return;
        }
        Set<String> candidateGroups = new LinkedHashSet<>();
        for (IdentityLink link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (user.equals(link.getUserId()) || link.getGroupId() != null && mine.contains(link.getGroupId())) {
                    return;
                }
                if (link.getGroupId() != null) {
                    candidateGroups.add(link.getGroupId());
                }
            }
        }
        throw new EngineRuleRefusal(candidateGroups.isEmpty()
                ? "This task is for someone else, so only they can work on it."
                : "This task is for " + groups.inWords(candidateGroups) + ", so only they can work on it.");
    }
}
