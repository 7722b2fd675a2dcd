package org.scrutineer.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeSubscriptionRepository extends JpaRepository<CommitteeSubscription, Long> {

    Optional<CommitteeSubscription> findByCommitteeIdAndEmail(String committeeId, String email);

    List<CommitteeSubscription> findByCommitteeIdAndConfirmedAtIsNotNullOrderById(String committeeId);

    List<CommitteeSubscription> findByConfirmedAtIsNullAndCreatedAtBefore(java.time.Instant before);
}
