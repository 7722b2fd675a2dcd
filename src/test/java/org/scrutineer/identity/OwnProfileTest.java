package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff cannot redirect their own email or make themselves administrators through the engine's
 * REST API, on either of its URL forms; an administrator still manages everyone's profile.
 */
@ScrutineerTest
class OwnProfileTest {

    private static final String[] ENGINE = {"/engine-rest", "/engine-rest/engine/default"};

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;

    @Test
    void aMemberOfStaffCannotChangeTheirOwnEmail() {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        String before = identityService.createUserQuery().userId("clerk").singleResult().getEmail();
        for (String engine : ENGINE) {
            assertThat(clerk.get(engine + "/user/clerk/profile").statusCode()).as("reading it is fine").isEqualTo(200);
            HttpResponse<String> answer = clerk.put(engine + "/user/clerk/profile",
                    "{\"id\":\"clerk\",\"firstName\":\"Cleo\",\"lastName\":\"Clerk\",\"email\":\"someone@elsewhere.example\"}");
            assertThat(answer.statusCode()).as(engine + ": " + answer.body()).isEqualTo(403);
        }
        assertThat(identityService.createUserQuery().userId("clerk").singleResult().getEmail()).isEqualTo(before);
    }

    @Test
    void aMemberOfStaffCannotJoinTheAdministrators() {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        for (String engine : ENGINE) {
            HttpResponse<String> answer = clerk.put(engine + "/group/camunda-admin/members/clerk", "");
            assertThat(answer.statusCode()).as(engine + ": " + answer.body()).isEqualTo(404);
        }
        assertThat(identityService.createUserQuery().userId("clerk").memberOfGroup(Roles.ADMIN).count()).isZero();
    }

    @Test
    void anAdministratorChangesAnyonesProfile() {
        User user = identityService.newUser("profile-check");
        user.setEmail("before@council.example");
        user.setPassword("profile-check-password");
        identityService.saveUser(user);

        HttpResponse<String> answer = ApiClient.as(port, "demo", "demo").put("/engine-rest/engine/default/user/profile-check/profile",
                "{\"id\":\"profile-check\",\"firstName\":\"Pat\",\"lastName\":\"Check\",\"email\":\"after@council.example\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        assertThat(identityService.createUserQuery().userId("profile-check").singleResult().getEmail()).isEqualTo("after@council.example");

        HttpResponse<String> own = ApiClient.as(port, "profile-check", "profile-check-password").put("/engine-rest/user/profile-check/profile",
                "{\"id\":\"profile-check\",\"firstName\":\"Pat\",\"lastName\":\"Check\",\"email\":\"mine@elsewhere.example\"}");
        assertThat(own.statusCode()).as("a new user's own record is read-only too").isEqualTo(403);
    }

    @Test
    void earlierGrantsOfAllOnTheirOwnRecordAreReducedToReadExceptForAdministrators() {
        Authorization staff = grantAllOnOwnRecord("old-grant-check");
        Authorization admin = grantAllOnOwnRecord("old-grant-admin");
        identityService.createMembership("old-grant-admin", Roles.ADMIN);

        OwnProfileIsReadOnly.reduceExistingGrants(authorizationService, identityService, Roles.ADMIN);

        Authorization reduced = authorizationService.createAuthorizationQuery().authorizationId(staff.getId()).singleResult();
        assertThat(reduced.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(reduced.isPermissionGranted(Permissions.UPDATE)).isFalse();
        assertThat(reduced.isPermissionGranted(Permissions.DELETE)).isFalse();
        assertThat(authorizationService.createAuthorizationQuery().authorizationId(admin.getId()).singleResult()
                .isPermissionGranted(Permissions.UPDATE)).isTrue();
    }

    private Authorization grantAllOnOwnRecord(String userId) {
        identityService.saveUser(identityService.newUser(userId));
        Authorization grant = authorizationService.createAuthorizationQuery().userIdIn(userId)
                .resourceType(Resources.USER).resourceId(userId).singleResult();
        assertThat(grant.isPermissionGranted(Permissions.UPDATE)).as("a new user may not update their own record").isFalse();
        grant.setPermissions(new Permissions[] {Permissions.ALL});
        authorizationService.saveAuthorization(grant);
        return grant;
    }
}
