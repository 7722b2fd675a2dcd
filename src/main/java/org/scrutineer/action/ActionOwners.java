package org.scrutineer.action;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.identity.Roles;
import org.scrutineer.identity.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Who owns an action, found in the staff directory, and who answers its {@code respondToAction} task
 * ({@code ${actionOwners...}} in the model): the staff user, or the staff group. A partner's task has
 * no one in the Tasklist until it is escalated to democratic services: the partner answers through
 * the link in their email.
 */
@Component("actionOwners")
public class ActionOwners {

    private final StaffDirectory directory;
    private final TrackedActionRepository actions;

    ActionOwners(StaffDirectory directory, TrackedActionRepository actions) {
        this.directory = directory;
        this.actions = actions;
    }

    /** The staff user or group with the directory id {@code id}, named as the directory names them. */
    public Optional<ActionOwner> staff(String id) {
        return directory.find(id).map(entry -> entry.user() != null ? ActionOwner.user(entry.user(), entry.name())
                : ActionOwner.group(entry.group(), entry.name()));
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
        return directory.choices();
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
}
