package org.scrutineer.web;

import java.util.List;

import org.scrutineer.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class StaffLinks {

    @Bean
    StaffLink tasklistLink() {
        return new StaffLink(0, "Your tasks", "/camunda/app/tasklist/", "Work waiting for you and your groups, in the Tasklist.", List.of());
    }

    @Bean
    StaffLink cockpitLink() {
        return new StaffLink(900, "Cockpit", "/camunda/app/cockpit/", "See every running process and its history.", List.of(Roles.ADMIN));
    }
}
