package org.scrutineer.publishing;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedFileRepository extends JpaRepository<PublishedFile, Long> {
}
