package org.scrutineer.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of a new installation from {@code SCRUTINEER_ADMIN_USER} and
 * {@code SCRUTINEER_ADMIN_PASSWORD}, in the administrators' group that {@link DirectorySeeder}
 * has just made sure of. An existing user is left exactly as it is, password included.
 */
@Component
@Order(2)
class FirstAdministrator implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final IdentityService identityService;
    private final String userId;
    private final String password;

    FirstAdministrator(IdentityService identityService,
                       @Value("${scrutineer.admin.user}") String userId,
                       @Value("${scrutineer.admin.password}") String password) {
        this.identityService = identityService;
        this.userId = userId.strip();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (userId.isEmpty()) {
            return;
        }
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            log.info("The administrator {} already exists and is left as it is; SCRUTINEER_ADMIN_USER and "
                    + "SCRUTINEER_ADMIN_PASSWORD can be removed", userId);
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("SCRUTINEER_ADMIN_PASSWORD (scrutineer.admin.password) must be at least "
                    + MIN_PASSWORD_LENGTH + " characters long to create the administrator " + userId
                    + ". Choose a longer password and start again.");
        }
        User user = identityService.newUser(userId);
        user.setFirstName(userId);
        user.setLastName("Administrator");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(userId, Roles.ADMIN);
        log.info("Created the administrator {} in {}. Remove SCRUTINEER_ADMIN_USER and SCRUTINEER_ADMIN_PASSWORD now.",
                userId, Roles.ADMIN);
    }
}
