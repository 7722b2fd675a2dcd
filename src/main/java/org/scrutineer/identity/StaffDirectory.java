package org.scrutineer.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The staff directory as the lifecycles name people: a staff user or a staff group by its directory
 * id, with the name the directory gives it.
 */
@Component
public class StaffDirectory {

    /** A user (group null) or a group (user null), with its name. */
    public record Entry(String user, String group, String name) {

        public String id() {
            return user != null ? user : group;
        }
    }

    private final IdentityService identityService;

    StaffDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The staff user or group with the directory id {@code id}, a user first when both have it. */
    public Optional<Entry> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String wanted = id.strip();
        User user = identityService.createUserQuery().userId(wanted).singleResult();
        if (user != null) {
            return Optional.of(new Entry(user.getId(), null, fullName(user)));
        }
        Group group = identityService.createGroupQuery().groupId(wanted).singleResult();
        return Optional.ofNullable(group).map(g -> new Entry(null, g.getId(), g.getName() == null ? g.getId() : g.getName()));
    }

    /** Every staff group, then every member of staff, as a choice: value the directory id, text their name. */
    public List<Map<String, String>> choices() {
        List<Map<String, String>> choices = new ArrayList<>();
        identityService.createGroupQuery().orderByGroupName().asc().list().stream().filter(g -> !"SYSTEM".equals(g.getType()))
                .forEach(g -> choices.add(Map.of("value", g.getId(), "text", "Team: " + (g.getName() == null ? g.getId() : g.getName()))));
        identityService.createUserQuery().orderByUserLastName().asc().list()
                .forEach(u -> choices.add(Map.of("value", u.getId(), "text", fullName(u) + " (" + u.getId() + ")")));
        return choices;
    }

    private static String fullName(User user) {
        return ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
    }
}
