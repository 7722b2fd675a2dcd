package org.scrutineer.improvement;

import org.scrutineer.identity.AccessRules;
import org.scrutineer.identity.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Democratic services and the directors import and keep the plans; all staff read them and their reports; anyone sees each plan's progress as of the last board, without its leads or what they wrote. */
@Component
class ImprovementAccessRules implements AccessRules {

    static final String DIRECTORS = "directors";
    static final String[] KEEPERS = {Roles.ADMIN, Roles.DEMOCRATIC_SERVICES, DIRECTORS};

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/plans", "/api/plans/**").hasAnyAuthority(KEEPERS)
                .requestMatchers("/api/plans", "/api/plans/**").authenticated();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/improvement-plans/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/staff/plans", "/staff/plans/**").hasAnyAuthority(KEEPERS)
                .requestMatchers("/staff/plans", "/staff/plans/**", "/plans/*/report", "/plans/*/report.pdf").authenticated();
    }
}
