package org.scrutineer.question;

import org.scrutineer.identity.AccessRules;
import org.scrutineer.identity.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class QuestionAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/questions").permitAll()
                .requestMatchers("/api/questions/**").hasAnyAuthority(Roles.ADMIN, Roles.DEMOCRATIC_SERVICES);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/questions/**").permitAll();
    }
}
