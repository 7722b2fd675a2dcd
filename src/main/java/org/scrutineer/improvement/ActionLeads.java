package org.scrutineer.improvement;

import java.util.List;

import org.scrutineer.identity.Roles;
import org.scrutineer.identity.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Who is asked for an action's progress and who confirms it complete ({@code ${actionLeads...}} in
 * the model): the action's lead and the theme's accountable lead, each a staff user or group.
 * Democratic services take either while the plan has not named one.
 */
@Component("actionLeads")
public class ActionLeads {

    private final PlanActionRepository actions;
    private final StaffDirectory directory;

    ActionLeads(PlanActionRepository actions, StaffDirectory directory) {
        this.actions = actions;
        this.directory = directory;
    }

    public String assignee(long actionId) {
        return user(action(actionId).getLead());
    }

    public List<String> candidateGroups(long actionId) {
        return groups(action(actionId).getLead());
    }

    public String accountableAssignee(long actionId) {
        return user(action(actionId).getTheme().getAccountableLead());
    }

    public List<String> accountableGroups(long actionId) {
        return groups(action(actionId).getTheme().getAccountableLead());
    }

    /** The staff user or group the id names, or democratic services when it names none. */
    StaffDirectory.Entry who(String id) {
        return directory.find(id).orElseGet(() -> new StaffDirectory.Entry(null, Roles.DEMOCRATIC_SERVICES, "Democratic services"));
    }

    /** The user a task for the directory id goes to, or none when it goes to a group. */
    String user(String id) {
        return who(id).user();
    }

    /** The candidate groups of a task for the directory id. */
    List<String> groups(String id) {
        String group = who(id).group();
        return group == null ? List.of() : List.of(group);
    }

    private PlanAction action(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new IllegalStateException("There is no plan action " + actionId));
    }
}
