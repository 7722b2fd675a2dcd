package org.scrutineer.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportFileRepository extends JpaRepository<ReportFile, Long> {
}
