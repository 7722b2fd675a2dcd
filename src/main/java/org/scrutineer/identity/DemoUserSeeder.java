package org.scrutineer.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.scrutineer.identity.DirectoryFile.DemoUsers;
import org.scrutineer.identity.DirectoryFile.UserEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Seeds the demo users of {@code config/demo-users.yaml}; a group list of {@code "*"} means every group. */
@Component
@Order(2)
@ConditionalOnProperty(name = "scrutineer.demo-data", havingValue = "true")
class DemoUserSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUserSeeder.class);

    private final IdentityService identityService;
    private final Resource usersFile;

    DemoUserSeeder(IdentityService identityService, @Value("${scrutineer.directory.demo-users}") Resource usersFile) {
        this.identityService = identityService;
        this.usersFile = usersFile;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoUsers demo = DirectoryFile.read(usersFile, DemoUsers.class);
        List<String> everyGroup = identityService.createGroupQuery().list().stream().map(Group::getId).toList();
        for (UserEntry entry : demo.users()) {
            if (identityService.createUserQuery().userId(entry.id()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(entry.id());
            user.setFirstName(entry.firstName());
            user.setLastName(entry.lastName());
            user.setEmail(entry.email() != null ? entry.email() : entry.id() + "@" + demo.emailDomain());
            user.setPassword(demo.password());
            identityService.saveUser(user);
            List<String> groups = entry.groups().contains("*") ? everyGroup : entry.groups();
            groups.forEach(group -> identityService.createMembership(entry.id(), group));
        }
        log.info("Demo users ready: {}", demo.users().size());
    }
}
