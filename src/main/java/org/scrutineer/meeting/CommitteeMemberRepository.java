package org.scrutineer.meeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeMemberRepository extends JpaRepository<CommitteeMember, Long> {

    List<CommitteeMember> findByCommitteeId(String committeeId);

    long countByCommitteeId(String committeeId);
}
