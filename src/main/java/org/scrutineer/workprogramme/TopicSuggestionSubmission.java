package org.scrutineer.workprogramme;

/** A topic suggested on the public form or through {@code POST /api/topic-suggestions}, with the suggester's declaration. */
public record TopicSuggestionSubmission(String committee, String name, String email, String town, Boolean livesOrWorksInArea, String topic,
                                        String reason) {
}
