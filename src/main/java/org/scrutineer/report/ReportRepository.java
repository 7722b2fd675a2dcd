package org.scrutineer.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByMeetingId(long meetingId);

    List<Report> findAllByOrderByIdDesc();
}
