package org.scrutineer.meeting;

import org.scrutineer.identity.AccessRules;
import org.scrutineer.identity.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class MeetingAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/meetings").hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES)
                .requestMatchers(HttpMethod.PUT, "/api/meetings/**", "/api/committees/*/members/**").hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES)
                .requestMatchers(HttpMethod.POST, "/api/meetings/**", "/api/committees/*/members", "/api/committees/*/reapply-rules")
                .hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES);
    }

    @Override
    public java.util.List<String> postsWithoutSession() {
        return java.util.List.of("/alerts/*/unsubscribe/*");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/", "/meetings/**", "/meetings.ics", "/committees/*/meetings.ics", "/committees/*/documents.atom",
                        "/committees/*/alerts", "/committees/*/alerts/check-your-email", "/alerts/*/confirm/*", "/alerts/*/unsubscribe/*").permitAll()
                .requestMatchers("/staff/meetings/**", "/staff/committees/**").hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES);
    }
}
