package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scrutineer only grants: the directory, the demo users and the engine's own grants on tasks are all
 * GRANT or GLOBAL authorizations. That is why the engine is told never to look for revocations in
 * its authorized queries; a REVOKE authorization added anywhere would be ignored, so this test keeps
 * there being none.
 */
@ScrutineerTest
class NoRevokeAuthorizationsTest {

    @Autowired ProcessEngine engine;
    @Autowired AuthorizationService authorizations;
    @Autowired MeetingService meetings;

    @Test
    void theEngineSkipsRevocationsBecauseNothingEverRevokes() {
        meetings.schedule("cyp", LocalDateTime.parse("2034-03-14T14:00"), null);
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER);
        assertThat(authorizations.createAuthorizationQuery().count()).as("the directory's and the tasks' grants").isPositive();
        assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).list())
                .as("REVOKE authorizations, which the engine would ignore").isEmpty();
    }
}
