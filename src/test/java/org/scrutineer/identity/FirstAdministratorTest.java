package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The first-administrator settings never touch an existing user and never take a short password. */
@ScrutineerTest
class FirstAdministratorTest {

    @Autowired IdentityService identityService;

    @Test
    void anExistingUserKeepsTheirPasswordAndGroups() {
        new FirstAdministrator(identityService, "clerk", "a-new-and-long-password").run(null);

        assertThat(identityService.checkPassword("clerk", "a-new-and-long-password")).isFalse();
        assertThat(identityService.checkPassword("clerk", "demo")).isTrue();
        assertThat(identityService.createUserQuery().userId("clerk").memberOfGroup(Roles.ADMIN).count()).isZero();
    }

    @Test
    void aShortPasswordIsRefusedInPlainWords() {
        assertThatThrownBy(() -> new FirstAdministrator(identityService, "short-password-admin", "elevenchars").run(null))
                .hasMessageContaining("SCRUTINEER_ADMIN_PASSWORD")
                .hasMessageContaining("at least 12 characters");
        assertThat(identityService.createUserQuery().userId("short-password-admin").count()).isZero();
    }

    @Test
    void aNewAdministratorIsCreatedInTheAdministratorsGroup() {
        new FirstAdministrator(identityService, "first-admin-check", "twelve-chars").run(null);

        assertThat(identityService.checkPassword("first-admin-check", "twelve-chars")).isTrue();
        assertThat(identityService.createUserQuery().userId("first-admin-check").memberOfGroup(Roles.ADMIN).count()).isOne();
    }
}
