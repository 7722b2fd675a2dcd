package org.scrutineer.question;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublicQuestionRepository extends JpaRepository<PublicQuestion, Long> {

    Optional<PublicQuestion> findByReference(String reference);

    @Query("""
            select count(q) > 0 from PublicQuestion q
            where q.meetingId = :meetingId and lower(q.email) = lower(:email) and q.status <> :except""")
    boolean existsActiveFromEmail(long meetingId, String email, QuestionStatus except);

    List<PublicQuestion> findByMeetingIdOrderBySubmittedAtAsc(long meetingId);

    List<PublicQuestion> findByMeetingIdAndStatusInOrderBySubmittedAtAsc(long meetingId, Collection<QuestionStatus> statuses);

    /** Who an earlier question is by and for, read without the rest of the question. */
    interface AskedBy {
        String getAskerName();

        String getOnBehalfOf();
    }

    /** An earlier question as the similar-question search reads it. */
    interface Earlier {
        String getReference();

        QuestionStatus getStatus();

        String getOriginalText();
    }

    List<AskedBy> findByMeetingIdAndStatusNotOrderBySubmittedAtAsc(long meetingId, QuestionStatus except);

    List<Earlier> findByCommitteeIdAndSubmittedAtAfterAndIdNotAndStatusNot(String committeeId, Instant after, long id, QuestionStatus except);
}
