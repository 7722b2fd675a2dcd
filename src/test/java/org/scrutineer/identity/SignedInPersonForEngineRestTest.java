package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class SignedInPersonForEngineRestTest {

    private final SignedInPersonForEngineRest provider = new SignedInPersonForEngineRest();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theEngineActsAsThePersonSignedInWithTheGroupsReadAtSignIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("iro-lead", null,
                List.of(new SimpleGrantedAuthority("iro-service"), new SimpleGrantedAuthority("iro-managers"))));

        AuthenticationResult result = provider.extractAuthenticatedUser(null, null);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthenticatedUser()).isEqualTo("iro-lead");
        assertThat(result.getGroups()).containsExactly("iro-service", "iro-managers");
        assertThat(result.getTenants()).as("tenants are left for the engine to find").isNull();
    }

    @Test
    void nobodyAndAnAnonymousVisitorAreNotSignedIn() {
        assertThat(provider.extractAuthenticatedUser(null, null).isAuthenticated()).isFalse();

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        assertThat(provider.extractAuthenticatedUser(null, null).isAuthenticated()).isFalse();

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.unauthenticated("clerk", "guess"));
        assertThat(provider.extractAuthenticatedUser(null, null).isAuthenticated()).isFalse();
    }
}
