package org.scrutineer.dispute;

import org.scrutineer.web.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DisputeStaffLinks {

    @Bean
    StaffLink disputesLink() {
        return new StaffLink(40, "IRO disputes", "/staff/disputes",
                "Open disputes by stage, working days elapsed against day 15 and day 20, overdue ones first; and the weekly report.",
                DisputeGroups.ALL);
    }
}
