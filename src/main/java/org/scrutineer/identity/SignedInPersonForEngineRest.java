package org.scrutineer.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the engine's REST API the person Spring Security has just signed in, with the groups read
 * for them at sign-in. The engine would otherwise read the same groups again on every call. Tenants
 * are left for the engine to find, as before.
 */
public class SignedInPersonForEngineRest implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        if (person == null || !person.isAuthenticated() || person instanceof AnonymousAuthenticationToken
                || person.getName() == null || person.getName().isEmpty()) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(person.getName());
        result.setGroups(StaffGroups.of(person));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security challenges and refuses anyone not signed in before the engine is reached.
    }
}
