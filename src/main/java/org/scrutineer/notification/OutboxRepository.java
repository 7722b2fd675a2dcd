package org.scrutineer.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    @Modifying
    @Query("delete from OutboxMessage m where m.recipient = :recipient and m.kind in :kinds and m.status <> :status")
    int deleteByRecipientAndKindInAndStatusNot(@Param("recipient") String recipient, @Param("kinds") Collection<String> kinds,
                                               @Param("status") OutboxStatus status);

    @Modifying
    @Query("update OutboxMessage m set m.recipient = :erased, m.unsubscribeUrl = null where m.recipient = :recipient and m.kind in :kinds")
    int eraseRecipient(@Param("recipient") String recipient, @Param("kinds") Collection<String> kinds, @Param("erased") String erased);

    @Query("""
            select m from OutboxMessage m
            where m.status = org.scrutineer.notification.OutboxStatus.PENDING
              and m.nextAttemptAt <= :now
              and (m.lockedUntil is null or m.lockedUntil < :now)
            order by m.nextAttemptAt, m.id""")
    List<OutboxMessage> findDue(Instant now, Limit limit);

    long countByStatus(OutboxStatus status);

    @Query("""
            select m from OutboxMessage m
            where (:status is null or m.status = :status)
              and lower(m.recipient) like lower(concat('%', :to, '%'))
              and (:everything = true or m.audience is null or m.audience in :audiences)
            order by m.createdAt desc, m.id desc""")
    List<OutboxMessage> search(OutboxStatus status, String to, boolean everything, Collection<String> audiences, Limit limit);

    @Query("""
            select count(m) from OutboxMessage m
            where m.status = :status
              and (:everything = true or m.audience is null or m.audience in :audiences)""")
    long count(OutboxStatus status, boolean everything, Collection<String> audiences);

    @Query("select distinct m.audience from OutboxMessage m where m.audience is not null")
    List<String> audiences();

    @Query("select min(m.createdAt) from OutboxMessage m where m.status = :status")
    Instant oldestCreatedAt(OutboxStatus status);
}
