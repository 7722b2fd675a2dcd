package org.scrutineer.action;

import java.util.List;

import org.scrutineer.identity.Roles;
import org.scrutineer.web.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ActionStaffLinks {

    @Bean
    StaffLink actionTrackerLink() {
        return new StaffLink(45, "Actions and information requests", "/staff/actions",
                "What each committee asked for between meetings, who owes the answer, and what is overdue; add one; CSV export.",
                List.of(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES, ActionAccessRules.SCRUTINY_OFFICER));
    }
}
