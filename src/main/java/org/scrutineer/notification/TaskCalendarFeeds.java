package org.scrutineer.notification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.calendar.CalendarFeed;
import org.scrutineer.identity.RestrictedProcesses;
import org.scrutineer.publishing.Sha256;
import org.scrutineer.web.SiteSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member of staff's tasks in their own calendar: one all-day event on each open task's due day,
 * behind a link with a secret only its owner was shown. A task of a process only some groups may see
 * (an IRO dispute) is named by its step and its process only, never by its case, and is left out for
 * anyone outside those groups.
 */
@Service
public class TaskCalendarFeeds {

    static final int MOST_TASKS = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedTokenRepository tokens;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final RepositoryService repositoryService;
    private final RestrictedProcesses restricted;
    private final TaskLinks links;
    private final MailSettings mail;
    private final SiteSettings site;
    private final Clock clock;

    TaskCalendarFeeds(CalendarFeedTokenRepository tokens, TaskService taskService, IdentityService identityService,
                      RepositoryService repositoryService, RestrictedProcesses restricted, TaskLinks links, MailSettings mail,
                      SiteSettings site, Clock clock) {
        this.tokens = tokens;
        this.taskService = taskService;
        this.identityService = identityService;
        this.repositoryService = repositoryService;
        this.restricted = restricted;
        this.links = links;
        this.mail = mail;
        this.site = site;
        this.clock = clock;
    }

    /** A new secret for the person's link, replacing any before it; answers the link, which is never shown again. */
    @Transactional
    public String newLink(String userId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String hash = hash(token);
        tokens.findById(userId).ifPresentOrElse(held -> held.replace(hash, clock.instant()),
                () -> tokens.save(new CalendarFeedToken(userId, hash, clock.instant())));
        return mail.publicUrl() + "/feeds/tasks/" + token + ".ics";
    }

    /** When the person's current link was made, if they have one. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> linkMadeAt(String userId) {
        return tokens.findById(userId).map(CalendarFeedToken::getCreatedAt);
    }

    /** The feed the secret opens, or nothing for a secret that is not, or no longer, anyone's. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenSha256(hash(token)).map(CalendarFeedToken::getUserId).map(this::feedOf);
    }

    private String feedOf(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        Map<String, Task> open = new LinkedHashMap<>();
        taskService.createTaskQuery().taskAssignee(userId).active().orderByDueDate().asc().listPage(0, MOST_TASKS).forEach(t -> open.put(t.getId(), t));
        taskService.createTaskQuery().taskCandidateUser(userId).active().orderByDueDate().asc().listPage(0, MOST_TASKS)
                .forEach(t -> open.putIfAbsent(t.getId(), t));
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        List<CalendarFeed.Event> events = new ArrayList<>();
        for (Task task : open.values()) {
            if (task.getDueDate() == null) {
                continue;
            }
            ProcessDefinition definition = task.getProcessDefinitionId() == null ? null : definitions.computeIfAbsent(task.getProcessDefinitionId(),
                    id -> repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult());
            String name = name(task, definition, groups);
            if (name == null) {
                continue;
            }
            LocalDate due = LocalDate.ofInstant(task.getDueDate().toInstant(), AppClock.LONDON);
            URI link = URI.create(links.task(task.getId()));
            events.add(CalendarFeed.Event.allDay("task-" + task.getId() + "@" + link.getHost(), due, "Due: " + name)
                    .about("Open it in the Tasklist: " + link, link));
        }
        return CalendarFeed.write(site.getCouncilName(), "My tasks in Scrutineer", events, clock.instant());
    }

    /**
     * The task's name for the calendar; for a restricted process its step and process only, and null
     * for someone outside its groups. A task made by hand in the Tasklist belongs to no process.
     */
    private String name(Task task, ProcessDefinition definition, List<String> groups) {
        if (definition == null || !restricted.isRestricted(definition.getKey())) {
            return task.getName() == null ? "A task" : task.getName();
        }
        if (!restricted.maySee(definition.getKey(), groups)) {
            return null;
        }
        String step = repositoryService.getBpmnModelInstance(definition.getId()).getModelElementById(task.getTaskDefinitionKey())
                .getAttributeValue("name");
        return (step == null ? "A task" : step) + " (" + (definition.getName() == null ? definition.getKey() : definition.getName()) + ")";
    }

    private static String hash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
