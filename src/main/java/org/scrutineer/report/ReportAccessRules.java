package org.scrutineer.report;

import org.scrutineer.identity.AccessRules;
import org.scrutineer.identity.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class ReportAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/reports", "/api/reports/*/versions").hasAnyAuthority(Roles.ADMIN, ReportGroups.AUTHORS)
                .requestMatchers(HttpMethod.PUT, "/api/reports/*/agenda-item").hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES)
                .requestMatchers("/api/reports/**").authenticated();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/meetings/*/reports", "/reports/**").permitAll()
                .requestMatchers("/staff/reports/new").hasAnyAuthority(Roles.ADMIN, ReportGroups.AUTHORS)
                .requestMatchers(HttpMethod.POST, "/staff/reports/*/versions").hasAnyAuthority(Roles.ADMIN, ReportGroups.AUTHORS)
                .requestMatchers(HttpMethod.POST, "/staff/reports/*/agenda-item").hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES)
                .requestMatchers("/staff/reports/**").authenticated();
    }
}
