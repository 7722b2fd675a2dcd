package org.scrutineer.workprogramme;

import java.util.List;

import org.scrutineer.identity.Roles;
import org.scrutineer.web.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WorkProgrammeStaffLinks {

    @Bean
    StaffLink workProgrammeLink() {
        return new StaffLink(35, "Work programme", "/staff/work-programme",
                "What each committee plans to scrutinise this year, by meeting and in reserve; add and change items.",
                List.of(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES, WorkProgrammeAccessRules.SCRUTINY_OFFICER));
    }
}
