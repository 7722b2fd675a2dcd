package org.scrutineer.meeting;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On every start, in every profile: the members a council lists in {@code config/} are how its committees begin. */
@Component
@Order(2)
class SeedConfiguredMembers implements ApplicationRunner {

    private final Membership membership;

    SeedConfiguredMembers(Membership membership) {
        this.membership = membership;
    }

    @Override
    public void run(ApplicationArguments args) {
        membership.seedFromConfig();
    }
}
