package org.scrutineer.question;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReferenceCounterRepository extends JpaRepository<ReferenceCounter, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ReferenceCounter c where c.name = :name")
    Optional<ReferenceCounter> lockByName(String name);
}
