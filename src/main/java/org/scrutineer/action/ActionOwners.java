package org.scrutineer.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.scrutineer.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Who owns an action, found in the staff directory, and who answers its {@code respondToAction} task
 * ({@code ${actionOwners...}} in the model): the staff user, or the staff group. A partner's task has
 * no one in the Tasklist until it is escalated to democratic services: the partner answers through
 * the link in their email.
 */
@Component("actionOwners")
public class ActionOwners {

    private final IdentityService identityService;
    private final TrackedActionRepository actions;

    ActionOwners(IdentityService identityService, TrackedActionRepository actions) {
        this.identityService = identityService;
        this.actions = actions;
    }

    /** The staff user or group with the directory id {@code id}, named as the directory names them. */
    public Optional<ActionOwner> staff(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String wanted = id.strip();
        User user = identityService.createUserQuery().userId(wanted).singleResult();
        if (user != null) {
            return Optional.of(ActionOwner.user(user.getId(), (nonBlank(user.getFirstName()) + " " + nonBlank(user.getLastName())).strip()));
        }
        Group group = identityService.createGroupQuery().groupId(wanted).singleResult();
        return Optional.ofNullable(group).map(g -> ActionOwner.group(g.getId(), g.getName() == null ? g.getId() : g.getName()));
    }

    /**
     * The owner the minutes name: with an email, a partner's contact; a staff user or group by their id;
     * anyone else, by name, with democratic services to follow it up.
     */
    public ActionOwner fromMinutes(String owner, String email) {
        if (email != null && !email.isBlank()) {
            return ActionOwner.external(owner.strip(), email.strip());
        }
        return staff(owner).orElseGet(() -> new ActionOwner(null, Roles.DEMOCRATIC_SERVICES, owner.strip(), null));
    }

    /** Every staff group, then every member of staff, as a choice of owner: value the directory id, text their name. */
    List<Map<String, String>> choices() {
        List<Map<String, String>> choices = new ArrayList<>();
        identityService.createGroupQuery().orderByGroupName().asc().list().stream().filter(g -> !"SYSTEM".equals(g.getType()))
                .forEach(g -> choices.add(Map.of("value", g.getId(), "text", "Team: " + (g.getName() == null ? g.getId() : g.getName()))));
        identityService.createUserQuery().orderByUserLastName().asc().list()
                .forEach(u -> choices.add(Map.of("value", u.getId(), "text", (nonBlank(u.getFirstName()) + " " + nonBlank(u.getLastName())).strip()
                        + " (" + u.getId() + ")")));
        return choices;
    }

    public String assignee(long actionId) {
        return action(actionId).owner().user();
    }

    public List<String> candidateGroups(long actionId) {
        TrackedAction action = action(actionId);
        return action.owner().group() == null ? List.of() : List.of(action.owner().group());
    }

    private TrackedAction action(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new IllegalStateException("There is no action " + actionId));
    }

    private static String nonBlank(String text) {
        return text == null ? "" : text;
    }
}
