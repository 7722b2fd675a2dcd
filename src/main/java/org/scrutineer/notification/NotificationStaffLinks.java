package org.scrutineer.notification;

import java.util.List;

import org.scrutineer.identity.Roles;
import org.scrutineer.web.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class NotificationStaffLinks {

    @Bean
    StaffLink outboxLink() {
        return new StaffLink(800, "Outgoing email", "/staff/outbox",
                "Every email Scrutineer sends, whether it has been delivered, and failed ones to try again.",
                List.of(Roles.DEMOCRATIC_SERVICES, Roles.ADMIN));
    }

    @Bean
    StaffLink taskCalendarLink() {
        return new StaffLink(10, "Your tasks in your calendar", "/staff/calendar",
                "A private link that shows the day each of your tasks is due in Outlook or any calendar.", List.of());
    }
}
