package org.scrutineer.report;

import java.util.Arrays;
import java.util.stream.Stream;

import org.scrutineer.identity.Roles;
import org.scrutineer.web.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReportStaffLinks {

    @Bean
    StaffLink reportsLink() {
        return new StaffLink(30, "Reports", "/staff/reports",
                "Register reports for meetings, upload their versions, and see each report's reviewers and approval.",
                Stream.concat(Stream.of(Roles.DEMOCRATIC_SERVICES, Roles.ADMIN, ReportGroups.AUTHORS, ReportGroups.DIRECTORS),
                        Arrays.stream(ReviewerRole.values()).map(ReviewerRole::group)).toList());
    }
}
