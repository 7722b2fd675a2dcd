package org.scrutineer.agenda;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaRepository extends JpaRepository<Agenda, Long> {
}
