package org.scrutineer.improvement;

import java.util.List;

import org.scrutineer.web.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ImprovementStaffLinks {

    @Bean
    StaffLink improvementPlansLink() {
        return new StaffLink(50, "Improvement plans", "/staff/plans",
                "The plans the committee scrutinises: each theme's actions with their milestones and BRAG ratings; import a plan's table.",
                List.of());
    }
}
