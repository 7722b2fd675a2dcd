package org.scrutineer.report;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Who is acting on a task, and their name as the reviewers table shows it. Looks people up without
 * the acting user's own directory permissions, which staff do not have.
 */
@Component
class StaffNames {

    private final IdentityService identityService;

    StaffNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The signed-in user completing the current engine command, if any. */
    Optional<String> actingUser() {
        return Optional.ofNullable(identityService.getCurrentAuthentication()).map(a -> a.getUserId());
    }

    Optional<User> user(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        if (Context.getCommandContext() != null) {
            return Optional.ofNullable(Context.getCommandContext().runWithoutAuthorization(
                    () -> identityService.createUserQuery().userId(userId).singleResult()));
        }
        return Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult());
    }

    String nameOf(String userId) {
        return user(userId).map(u -> ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).strip()).filter(n -> !n.isEmpty()).orElse(userId);
    }
}
