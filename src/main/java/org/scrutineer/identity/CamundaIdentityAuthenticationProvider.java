package org.scrutineer.identity;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.scrutineer.identity.TooManyFailedSignIns.Source;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks staff logins against the Camunda identity service, so that the engine, its webapps and
 * Scrutineer's own pages share one directory. Each group becomes an authority named after its id.
 * An address that has failed too often is refused before any password is checked; a locked
 * account is refused by the engine, and the refusal says until when.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final AddressThrottle addresses;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, AddressThrottle addresses) {
        this.identityService = identityService;
        this.addresses = addresses;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (address != null) {
            addresses.refusedUntil(address).ifPresent(until -> {
                throw new TooManyFailedSignIns(Source.ADDRESS, until);
            });
        }
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            if (address != null) {
                addresses.failed(address);
            }
            lockedUntil(userId).ifPresent(until -> {
                throw new TooManyFailedSignIns(Source.ACCOUNT, until.toInstant());
            });
            throw new BadCredentialsException("The user name or password is not right");
        }
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .map(SimpleGrantedAuthority::new)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    private Optional<Date> lockedUntil(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user instanceof UserEntity entity && entity.getLockExpirationTime() != null
                && entity.getLockExpirationTime().after(ClockUtil.getCurrentTime())
                ? Optional.of(entity.getLockExpirationTime()) : Optional.empty();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
