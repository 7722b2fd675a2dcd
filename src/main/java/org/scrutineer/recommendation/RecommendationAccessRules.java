package org.scrutineer.recommendation;

import org.scrutineer.identity.AccessRules;
import org.scrutineer.identity.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Democratic services and the statutory scrutiny officer record and import; all staff read the tracker; everyone sees the public tracker. */
@Component
class RecommendationAccessRules implements AccessRules {

    static final String STATUTORY_SCRUTINY_OFFICER = "statutory-scrutiny-officer";
    static final String[] RECORDERS = {Roles.ADMIN, Roles.DEMOCRATIC_SERVICES, STATUTORY_SCRUTINY_OFFICER};

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/recommendations", "/api/recommendations/**").hasAnyAuthority(RECORDERS)
                .requestMatchers("/api/recommendations", "/api/recommendations/**").authenticated();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/recommendations", "/recommendations/**").permitAll()
                .requestMatchers("/staff/recommendations/new", "/staff/recommendations/new/**").hasAnyAuthority(RECORDERS)
                .requestMatchers("/staff/recommendations", "/staff/recommendations/**").authenticated();
    }
}
