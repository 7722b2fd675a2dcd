package org.scrutineer.dispute;

import org.scrutineer.identity.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Disputes concern looked-after children: only the IRO service and children's social care managers see them. */
@Component
class DisputeAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/disputes", "/api/disputes/*/cafcass-referral").hasAuthority(DisputeGroups.IRO)
                .requestMatchers("/api/disputes", "/api/disputes/**").hasAnyAuthority(DisputeGroups.all());
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/staff/disputes", "/staff/disputes/**").hasAnyAuthority(DisputeGroups.all());
    }
}
