package org.scrutineer.notification;

import org.scrutineer.identity.AccessRules;
import org.scrutineer.identity.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class NotificationAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/admin/reminders/**").hasAuthority(Roles.ADMIN)
                .requestMatchers("/api/admin/outbox/**").hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/feeds/tasks/*").permitAll()
                .requestMatchers("/staff/outbox/reminder-sweep").hasAuthority(Roles.ADMIN)
                .requestMatchers("/staff/outbox/**").hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES);
    }
}
