package org.scrutineer.improvement;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    boolean existsByImportKey(String importKey);
}
