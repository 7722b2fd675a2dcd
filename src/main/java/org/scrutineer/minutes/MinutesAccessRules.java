package org.scrutineer.minutes;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scrutineer.identity.AccessRules;
import org.scrutineer.identity.Roles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The staff's copy of the minutes, with the exempt minutes, is for democratic services, the chairs and the statutory scrutiny officer. */
@Component
class MinutesAccessRules implements AccessRules {

    static final String CHAIRS = "scrutiny-chairs";
    static final String SCRUTINY_OFFICER = "statutory-scrutiny-officer";
    static final Set<String> READERS = Set.of(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES, CHAIRS, SCRUTINY_OFFICER);

    @Override
    public Optional<HiddenPaths> hiddenPaths() {
        return Optional.of(new HiddenPaths(List.of("/staff/minutes/**"), READERS));
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/staff/minutes/**").hasAnyAuthority(READERS.toArray(String[]::new));
    }
}
