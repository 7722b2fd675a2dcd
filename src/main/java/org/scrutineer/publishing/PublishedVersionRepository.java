package org.scrutineer.publishing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedVersionRepository extends JpaRepository<PublishedVersion, Long> {

    Optional<PublishedVersion> findFirstBySeriesOrderByVersionDesc(String series);

    Optional<PublishedVersion> findBySeriesAndVersion(String series, int version);

    List<PublishedVersion> findBySeriesOrderByVersionAsc(String series);

    List<PublishedVersion> findBySeriesStartingWithOrderByIdAsc(String seriesPrefix);
}
