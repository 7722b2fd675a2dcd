package org.scrutineer.dispute;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.scrutineer.identity.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Disputes concern looked-after children: only the IRO service and children's social care managers
 * see them. The engine's own authorizations are the first lock; these rules are the second, on
 * every form of the engine's REST API, and to anyone else a dispute path answers as if nothing
 * were there.
 */
@Component
class DisputeAccessRules implements AccessRules {

    /** The engine's REST API as integrations reach it, and as the webapps and the Tasklist do. */
    private static final List<String> ENGINE_REST = List.of("/engine-rest", "/engine-rest/engine/{engine}");
    private static final List<String> WEBAPP_API = List.of("/camunda/api/engine/engine/{engine}");

    private final DisputeEngineRestDoor engineRest;

    DisputeAccessRules(DisputeEngineRestDoor engineRest) {
        this.engineRest = engineRest;
    }

    @Override
    public Optional<HiddenPaths> hiddenPaths() {
        return Optional.of(new HiddenPaths(List.of("/api/disputes", "/api/disputes/**", "/staff/disputes", "/staff/disputes/**"),
                DisputeGroups.ALL));
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/disputes", "/api/disputes/*/cafcass-referral").hasAuthority(DisputeGroups.IRO)
                .requestMatchers("/api/disputes", "/api/disputes/**").hasAnyAuthority(DisputeGroups.all());
        engine(rules, ENGINE_REST);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/staff/disputes", "/staff/disputes/**").hasAnyAuthority(DisputeGroups.all());
        engine(rules, WEBAPP_API);
    }

    private void engine(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
                        List<String> prefixes) {
        rules.requestMatchers(forms(prefixes, "/process-definition/key/dispute-resolution/**",
                        "/process-definition/key/dispute-weekly-report/**", "/process-definition/dispute-resolution:*/**",
                        "/process-definition/dispute-weekly-report:*/**"))
                .hasAnyAuthority(DisputeGroups.all())
                .requestMatchers(forms(prefixes, "/process-instance/{id}/**", "/history/process-instance/{id}/**"))
                .access(engineRest.processInstance())
                .requestMatchers(forms(prefixes, "/task/{id}/**", "/history/task/{id}/**")).access(engineRest.task());
    }

    private static String[] forms(List<String> prefixes, String... paths) {
        return prefixes.stream().flatMap(prefix -> Stream.of(paths).map(p -> prefix + p)).toArray(String[]::new);
    }
}
