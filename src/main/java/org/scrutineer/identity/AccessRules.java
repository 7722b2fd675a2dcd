package org.scrutineer.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may reach a feature's paths. Each feature declares its own rules as a bean beside its
 * controllers; {@link SecurityConfiguration} applies them all before its catch-all rules. Paths
 * of different features do not overlap, so the order between features does not matter.
 */
public interface AccessRules {

    /** Rules for {@code /api/**} (HTTP Basic, stateless). */
    default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    }

    /**
     * Paths whose very existence is not for everyone: to anyone outside {@code seenBy}, a refusal
     * there answers exactly as something that does not exist (404).
     */
    record HiddenPaths(java.util.List<String> paths, java.util.Collection<String> seenBy) {
    }

    default java.util.Optional<HiddenPaths> hiddenPaths() {
        return java.util.Optional.empty();
    }

    /**
     * Page paths a POST may reach without the session's CSRF token, because a secret in the path is
     * the proof instead: a mail client's one-click unsubscribe (RFC 8058) has no session.
     */
    default java.util.List<String> postsWithoutSession() {
        return java.util.List.of();
    }

    /** Rules for the pages (form login, session, CSRF). */
    default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    }
}
