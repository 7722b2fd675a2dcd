package org.scrutineer.action;

import org.scrutineer.identity.AccessRules;
import org.scrutineer.identity.Roles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Democratic services and the statutory scrutiny officer keep the actions tracker; a partner answers
 * through their signed link without signing in; anyone may see what a committee asked for and the
 * answers, without the owners' emails.
 */
@Component
class ActionAccessRules implements AccessRules {

    static final String SCRUTINY_OFFICER = "statutory-scrutiny-officer";

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/actions", "/api/actions/**").hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES, SCRUTINY_OFFICER);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/actions/*/respond", "/committees/*/actions", "/meetings/*/action-tracking", "/meetings/*/action-tracking.pdf")
                .permitAll()
                .requestMatchers("/staff/actions", "/staff/actions/**").hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES, SCRUTINY_OFFICER);
    }
}
