package org.scrutineer.dispute;

import org.scrutineer.identity.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Disputes concern looked-after children: only the IRO service and children's social care managers see them. */
@Component
class DisputeAccessRules implements AccessRules {

    private final DisputeEngineRestDoor engineRest;

    DisputeAccessRules(DisputeEngineRestDoor engineRest) {
        this.engineRest = engineRest;
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/disputes", "/api/disputes/*/cafcass-referral").hasAuthority(DisputeGroups.IRO)
                .requestMatchers("/api/disputes", "/api/disputes/**").hasAnyAuthority(DisputeGroups.all())
                // The engine filters lists and refuses single instances and tasks by itself; a definition asked for
                // by key or id would only be "not found", so the door says plainly that it is not for this caller.
                .requestMatchers("/engine-rest/process-definition/key/dispute-resolution/**",
                        "/engine-rest/process-definition/key/dispute-weekly-report/**",
                        "/engine-rest/process-definition/dispute-resolution:*/**",
                        "/engine-rest/process-definition/dispute-weekly-report:*/**").hasAnyAuthority(DisputeGroups.all())
                .requestMatchers("/engine-rest/process-instance/{id}/**", "/engine-rest/history/process-instance/{id}/**")
                .access(engineRest.processInstance())
                .requestMatchers("/engine-rest/task/{id}/**", "/engine-rest/history/task/{id}/**").access(engineRest.task());
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/staff/disputes", "/staff/disputes/**").hasAnyAuthority(DisputeGroups.all());
    }
}
