package org.scrutineer.workprogramme;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicSuggestionRepository extends JpaRepository<TopicSuggestion, Long> {

    List<TopicSuggestion> findByItemId(Long itemId);
}
