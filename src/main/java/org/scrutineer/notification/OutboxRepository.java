package org.scrutineer.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("""
            select m from OutboxMessage m
            where m.status = org.scrutineer.notification.OutboxStatus.PENDING
              and m.nextAttemptAt <= :now
              and (m.lockedUntil is null or m.lockedUntil < :now)
            order by m.nextAttemptAt, m.id""")
    List<OutboxMessage> findDue(Instant now, Limit limit);

    List<OutboxMessage> findAllByOrderByCreatedAtDescIdDesc(Limit limit);

    List<OutboxMessage> findByStatusOrderByCreatedAtDescIdDesc(OutboxStatus status, Limit limit);

    long countByStatus(OutboxStatus status);

    @Query("""
            select m from OutboxMessage m
            where (:status is null or m.status = :status)
              and lower(m.recipient) like lower(concat('%', :to, '%'))
            order by m.createdAt desc, m.id desc""")
    List<OutboxMessage> search(OutboxStatus status, String to, Limit limit);

    @Query("select min(m.createdAt) from OutboxMessage m where m.status = :status")
    Instant oldestCreatedAt(OutboxStatus status);
}
