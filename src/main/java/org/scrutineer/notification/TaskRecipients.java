package org.scrutineer.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who a task is for: its assignee if it has one, otherwise everyone in its candidate groups and
 * its candidate users. People without an email address are left out (and logged).
 */
@Component
public class TaskRecipients {

    private static final Logger log = LoggerFactory.getLogger(TaskRecipients.class);

    private final IdentityService identityService;
    private final TaskService taskService;

    public TaskRecipients(IdentityService identityService, TaskService taskService) {
        this.identityService = identityService;
        this.taskService = taskService;
    }

    public List<Recipient> forTask(String taskId, String assignee) {
        return lookup().forTask(taskId, assignee);
    }

    public List<Recipient> forGroupsAndUsers(List<String> groups, List<String> users) {
        return lookup().forGroupsAndUsers(groups, users);
    }

    /** For many tasks at once, as in the morning sweep: each person and each group is read once. */
    Lookup lookup() {
        return new Lookup();
    }

    final class Lookup {

        private final Map<String, Optional<Recipient>> users = new HashMap<>();
        private final Map<String, List<Recipient>> members = new HashMap<>();

        private Lookup() {
        }

        List<Recipient> forTask(String taskId, String assignee) {
            if (assignee != null) {
                return user(assignee).map(List::of).orElse(List.of());
            }
            List<String> groups = new ArrayList<>();
            List<String> candidates = new ArrayList<>();
            for (IdentityLink link : taskService.getIdentityLinksForTask(taskId)) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    if (link.getGroupId() != null) {
                        groups.add(link.getGroupId());
                    } else if (link.getUserId() != null) {
                        candidates.add(link.getUserId());
                    }
                }
            }
            return forGroupsAndUsers(groups, candidates);
        }

        List<Recipient> forGroupsAndUsers(List<String> groups, List<String> userIds) {
            Map<String, Recipient> byUser = new LinkedHashMap<>();
            for (String group : groups) {
                members.computeIfAbsent(group, g -> identityService.createUserQuery().memberOfGroup(g).list().stream()
                                .map(TaskRecipients.this::recipient).flatMap(Optional::stream).toList())
                        .forEach(r -> byUser.putIfAbsent(r.userId(), r));
            }
            userIds.forEach(u -> user(u).ifPresent(r -> byUser.putIfAbsent(r.userId(), r)));
            return List.copyOf(byUser.values());
        }

        private Optional<Recipient> user(String userId) {
            return users.computeIfAbsent(userId, id -> {
                User user = identityService.createUserQuery().userId(id).singleResult();
                if (user == null) {
                    log.warn("Task user {} is not in the directory; no email sent", id);
                    return Optional.empty();
                }
                return recipient(user);
            });
        }
    }

    private Optional<Recipient> recipient(User user) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            log.warn("User {} has no email address; no email sent", user.getId());
            return Optional.empty();
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return Optional.of(new Recipient(user.getId(), user.getEmail(), name.isEmpty() ? user.getId() : name));
    }
}
