package org.scrutineer.workprogramme;

import org.scrutineer.identity.AccessRules;
import org.scrutineer.identity.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The work programme is public to read and anyone may suggest a topic; democratic services and the statutory scrutiny officer plan it. */
@Component
class WorkProgrammeAccessRules implements AccessRules {

    static final String SCRUTINY_OFFICER = "statutory-scrutiny-officer";

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/topic-suggestions").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/committees/*/work-programme", "/api/committees/*/work-programme/**")
                .hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES, SCRUTINY_OFFICER)
                .requestMatchers(HttpMethod.PUT, "/api/committees/*/work-programme/**")
                .hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES, SCRUTINY_OFFICER);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/committees/*/work-programme", "/work-programme/items/*", "/committees/*/suggest-a-topic", "/committees/*/suggest-a-topic/confirmation").permitAll()
                .requestMatchers("/staff/work-programme", "/staff/work-programme/**").hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES, SCRUTINY_OFFICER);
    }
}
