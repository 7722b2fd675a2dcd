package org.scrutineer.identity;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person may read their own user record but not change it: the engine would otherwise let
 * anyone edit their own email (where their task and dispute emails go) through
 * {@code /engine-rest/user/{id}/profile}. Email, names and passwords are changed by an administrator.
 */
final class OwnProfileIsReadOnly {

    private static final Logger log = LoggerFactory.getLogger(OwnProfileIsReadOnly.class);

    private OwnProfileIsReadOnly() {
    }

    /** The grant a new user gets on their own record, in place of the engine's default of ALL. */
    static AuthorizationEntity[] selfGrant(User user) {
        String userId = user.getId();
        EnsureUtil.ensureValidIndividualResourceId("Cannot create default authorization for user " + userId, userId);
        AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setResource(Resources.USER);
        grant.setResourceId(userId);
        grant.addPermission(Permissions.READ);
        return new AuthorizationEntity[] {grant};
    }

    /** Reduces to READ the grants on their own record that users other than administrators were given before. */
    static void reduceExistingGrants(AuthorizationService authorizations, IdentityService identity, String administrators) {
        List<String> admins = identity.createUserQuery().memberOfGroup(administrators).list().stream().map(User::getId).toList();
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.USER).list()) {
            boolean ownRecord = grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId());
            if (ownRecord && grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && !admins.contains(grant.getUserId())
                    && grantsMoreThanRead(grant)) {
                grant.setPermissions(new Permission[] {Permissions.READ});
                authorizations.saveAuthorization(grant);
                log.info("User {} may now only read their own user record", grant.getUserId());
            }
        }
    }

    private static boolean grantsMoreThanRead(Authorization grant) {
        for (Permission permission : grant.getPermissions(Permissions.values())) {
            if (permission != Permissions.READ && permission != Permissions.NONE) {
                return true;
            }
        }
        return false;
    }
}
