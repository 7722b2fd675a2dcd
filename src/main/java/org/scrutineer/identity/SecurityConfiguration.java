package org.scrutineer.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.scrutineer.web.ApiProblem;
import org.scrutineer.web.EngineFailures;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three doors: the JSON API, the engine's REST API and the operators' actuator take HTTP Basic and
 * keep no session; the staff pages and the Camunda webapps share one form login; the public pages
 * are open.
 */
@Configuration
class SecurityConfiguration {

    private static final String ENGINE_REST = "/engine-rest";
    private static final String WEBAPPS = "/camunda";

    /** Engine-wide figures count every process, children's disputes included: administrators only. */
    private static final String[] ENGINE_ADMIN_ONLY = {ENGINE_REST + "/metrics/**", ENGINE_REST + "/engine/*/metrics/**",
        ENGINE_REST + "/telemetry/**", ENGINE_REST + "/engine/*/telemetry/**"};
    private static final String[] WEBAPP_ADMIN_ONLY = {WEBAPPS + "/api/engine/engine/*/metrics/**",
        WEBAPPS + "/api/engine/engine/*/telemetry/**"};
    /** The engine's version helps only an attacker, and nothing of Scrutineer's needs it. */
    private static final String[] ENGINE_VERSION = {ENGINE_REST + "/version", ENGINE_REST + "/engine/*/version",
        WEBAPPS + "/api/engine/engine/*/version", WEBAPPS + "/api/engine/version"};

    /** The Swagger UI of the open data API: its own scripts, styles and images, and the API it describes. */
    static final String API_DOCS_UI = "/api/open/swagger-ui/**";
    static final String API_DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'none'";

    /**
     * The application's own pages load scripts, styles, fonts and images only from here. The one
     * inline script is GOV.UK Frontend's "js-enabled" line, allowed by its hash.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final List<AccessRules> features;
    private final ObjectMapper json;

    SecurityConfiguration(List<AccessRules> features, ObjectMapper json) {
        this.features = features;
        this.json = json;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(path("/api/**"), path(ENGINE_REST + "/**"), path("/actuator/**")))
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName("Scrutineer"))
                .headers(headers -> headers
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(path(API_DOCS_UI)),
                                new ContentSecurityPolicyHeaderWriter("default-src 'none'; frame-ancestors 'none'")))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(path(API_DOCS_UI),
                                new ContentSecurityPolicyHeaderWriter(API_DOCS_POLICY))))
                .exceptionHandling(e -> e.accessDeniedHandler(hiddenAsNotFound()))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/actuator/**").hasAuthority(Roles.ADMIN)
                            .requestMatchers(ENGINE_ADMIN_ONLY).hasAuthority(Roles.ADMIN)
                            .requestMatchers(ENGINE_VERSION).denyAll();
                    features.forEach(f -> f.api(auth));
                    auth.requestMatchers("/api/admin/**").hasAuthority(Roles.ADMIN)
                            .anyRequest().authenticated();
                })
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        return http
                .requestCache(cache -> cache.requestCache(requestCache))
                .headers(headers -> headers
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(path(WEBAPPS + "/**")),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))))
                .csrf(csrf -> {
                    csrf.ignoringRequestMatchers(path(WEBAPPS + "/**"));
                    features.stream().flatMap(f -> f.postsWithoutSession().stream())
                            .forEach(p -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, p)));
                })
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/login", "/error", "/accessibility", "/about/demo", "/webjars/**", "/assets/**", "/css/**",
                            "/js/**", "/favicon.ico").permitAll();
                    auth.requestMatchers(WEBAPP_ADMIN_ONLY).hasAuthority(Roles.ADMIN)
                            .requestMatchers(ENGINE_VERSION).denyAll();
                    features.forEach(f -> f.pages(auth));
                    auth.anyRequest().authenticated();
                })
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), path(WEBAPPS + "/api/**"))
                        .accessDeniedHandler(hiddenAsNotFound()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff", false).failureHandler(new KeepUserName())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .build();
    }

    /**
     * A refusal on the engine's REST API, the webapps' API or a feature's hidden paths answers as
     * the engine does for something that does not exist; elsewhere it is a plain 403.
     */
    private AccessDeniedHandler hiddenAsNotFound() {
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        AccessDeniedHandler engineNotFound = (request, response, denied) -> EngineFailures.writeNotFound(response);
        handlers.put(new OrRequestMatcher(path(ENGINE_REST + "/**"), path(WEBAPPS + "/api/**")), engineNotFound);
        handlers.put(path("/actuator/**"), apiNotFound());
        features.stream().flatMap(f -> f.hiddenPaths().stream()).forEach(hidden -> {
            RequestMatcher paths = new OrRequestMatcher(hidden.paths().stream().map(SecurityConfiguration::path).toList());
            RequestMatcher outsider = request -> StaffGroups.of(SecurityContextHolder.getContext().getAuthentication())
                    .stream().noneMatch(hidden.seenBy()::contains);
            handlers.put(new AndRequestMatcher(path("/api/**"), paths, outsider), apiNotFound());
            handlers.put(new AndRequestMatcher(paths, outsider),
                    (request, response, denied) -> response.sendError(HttpStatus.NOT_FOUND.value()));
        });
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }

    private AccessDeniedHandler apiNotFound() {
        return (request, response, denied) -> ApiProblem.of(HttpStatus.NOT_FOUND, EngineFailures.NOT_FOUND).writeTo(response, json);
    }

    /** What the engine's REST API accepts, in every form: see {@link EngineRequestDoor}. */
    @Bean
    FilterRegistrationBean<EngineRequestDoor> engineRequestDoor(TaskService taskService, IdentityService identityService) {
        FilterRegistrationBean<EngineRequestDoor> registration =
                new FilterRegistrationBean<>(new EngineRequestDoor(taskService, identityService));
        registration.setName("engine-request-door");
        registration.addUrlPatterns(ENGINE_REST + "/*", WEBAPPS + "/api/engine/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** Lets the engine's REST API act as the user Spring Security has authenticated, with their groups. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, SignedInPersonForEngineRest.class.getName(),
                ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, ENGINE_REST));
        registration.addUrlPatterns(ENGINE_REST + "/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Signs staff into Tasklist, Cockpit and Admin with the session they already have. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("webapp-authentication");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns(WEBAPPS + "/app/*", WEBAPPS + "/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
