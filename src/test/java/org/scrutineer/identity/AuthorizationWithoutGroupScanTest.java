package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutineerTest
class AuthorizationWithoutGroupScanTest {

    @Autowired ProcessEngine engine;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;

    @Test
    void everyCommandChecksWithThePersonsGroupsAndTheOnesItKeepsHoldNoGrant() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<User> people = identity.createUserQuery().list();
        assertThat(people).isNotEmpty();
        int peopleWithAGroupWithoutGrants = 0;
        for (User person : people) {
            List<String> groups = new ArrayList<>(identity.createGroupQuery().groupMember(person.getId()).list().stream()
                    .map(Group::getId).toList());
            groups.add("a-group-nobody-granted");
            groups.add(groups.get(0));
            List<List<String>> answers = configuration.getCommandExecutorTxRequired().execute(context -> List.of(
                    context.getAuthorizationManager().filterAuthenticatedGroupIds(groups),
                    new AuthorizationManager().filterAuthenticatedGroupIds(groups)));
            List<String> ours = answers.get(0);
            List<String> theEngines = answers.get(1);

            assertThat(ours).as(person.getId()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(groups.stream().distinct().toList());
            assertThat(ours).as(person.getId()).containsAll(theEngines);
            for (String kept : ours) {
                if (!theEngines.contains(kept)) {
                    assertThat(authorizations.createAuthorizationQuery().groupIdIn(kept).count())
                            .as("%s's group %s, which the engine would have left out", person.getId(), kept).isZero();
                    peopleWithAGroupWithoutGrants++;
                }
            }
        }
        assertThat(peopleWithAGroupWithoutGrants).as("the made-up group is always one").isGreaterThanOrEqualTo(people.size());
    }

    @Test
    void theEngineUsesItInEveryCommand() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        AuthorizationManager inUse = configuration.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
        assertThat(inUse).isInstanceOf(AuthorizationWithoutGroupScan.GroupsAsSignedIn.class);
        assertThat(new AuthorizationWithoutGroupScan.GroupsAsSignedIn().filterAuthenticatedGroupIds(null)).isEmpty();
    }
}
