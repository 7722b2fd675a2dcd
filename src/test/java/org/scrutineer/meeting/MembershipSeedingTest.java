package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.identity.Roles;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutineerTest
class MembershipSeedingTest {

    private static final LocalDate CONFIGURED = LocalDate.of(2025, 1, 6);

    @Autowired
    Membership membership;

    @Autowired
    CommitteeMemberRepository members;

    @Autowired
    Committees committees;

    @Test
    void theConfiguredMembersWereSeededOnStartAndAreNotSeededTwice() {
        int configured = committees.get("cyp").members().size();
        assertThat(configured).isEqualTo(10);
        assertThat(members.findByCommitteeId("cyp").stream().filter(m -> !m.getFrom().isBefore(LocalDate.of(2023, 5, 23)))).hasSize(configured);
        long before = members.countByCommitteeId("cyp");

        assertThat(membership.seedFromConfig()).isZero();
        assertThat(membership.seedFromConfig()).isZero();

        assertThat(members.countByCommitteeId("cyp")).isEqualTo(before);
        List<MemberJson> serving = membership.asOf("cyp", CONFIGURED);
        assertThat(serving).extracting(MemberJson::name).containsExactly("Cllr Margaret Okafor", "Cllr Sunita Patel",
                "Cllr Eleanor Whitfield", "Cllr Grace Adeyemi", "Cllr Harold Jenkins", "Cllr Rhys Morgan", "Cllr Thomas Bradley",
                "Canon Judith Ashworth", "Mark Sutherland");
        assertThat(serving.get(7).represents()).isEqualTo("Representative of the Diocese of Hereford");
        assertThat(serving.get(7).voting()).isTrue();
        assertThat(serving.get(8).represents()).isEqualTo("Parent governor representative for the special school sector");
    }

    @Test
    void aChangeMadeSinceTheSeedingIsKeptOnTheNextStart() {
        membership.add("cyp", new MemberCandidate("Cllr Added Later", MemberRole.MEMBER, null, true, LocalDate.of(2025, 9, 1), null),
                List.of(Roles.DEMOCRATIC_SERVICES));

        assertThat(membership.seedFromConfig()).isZero();

        assertThat(membership.asOf("cyp", LocalDate.of(2025, 9, 2))).extracting(MemberJson::name).contains("Cllr Added Later");
    }
}
