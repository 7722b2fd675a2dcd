package org.scrutineer.web;

import org.scrutineer.identity.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The open data API, its description and its Swagger UI are open to anyone, to read only. */
@Component
class OpenDataAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/open/**").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/api/open/**").permitAll()
                .requestMatchers(HttpMethod.OPTIONS, "/api/open/**").permitAll()
                .requestMatchers("/api/open/**").denyAll();
    }
}
