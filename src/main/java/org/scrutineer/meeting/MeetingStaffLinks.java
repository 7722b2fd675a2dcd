package org.scrutineer.meeting;

import java.util.List;

import org.scrutineer.identity.Roles;
import org.scrutineer.web.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class MeetingStaffLinks {

    @Bean
    StaffLink meetingsLink() {
        return new StaffLink(10, "Meetings", "/staff/meetings", "Schedule and reschedule committee meetings, and see their deadlines.",
                List.of(Roles.DEMOCRATIC_SERVICES, Roles.ADMIN));
    }
}
