package org.scrutineer.question;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.scrutineer.calendar.CalendarCoverage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the pages and the API read about questions. */
@Service
class QuestionQueries {

    private static final Set<QuestionStatus> PUBLIC = Set.of(QuestionStatus.PUBLISHED);

    private final PublicQuestionRepository questions;
    private final RuntimeService runtimeService;
    private final CalendarCoverage coverage;

    QuestionQueries(PublicQuestionRepository questions, RuntimeService runtimeService, CalendarCoverage coverage) {
        this.questions = questions;
        this.runtimeService = runtimeService;
        this.coverage = coverage;
    }

    @Transactional(readOnly = true)
    Optional<QuestionJson> byReference(String reference) {
        return questions.findByReference(reference).map(q -> QuestionJson.of(q, waitingAt(reference),
                coverage.warningFor(q.getWrittenAnswerDue())));
    }

    @Transactional(readOnly = true)
    List<PublicQuestion> forMeeting(long meetingId) {
        return questions.findByMeetingIdOrderBySubmittedAtAsc(meetingId);
    }

    @Transactional(readOnly = true)
    List<PublicQuestion> publishedForMeeting(long meetingId) {
        return questions.findByMeetingIdAndStatusInOrderBySubmittedAtAsc(meetingId, PUBLIC);
    }

    List<String> waitingAt(String reference) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(QuestionIntake.PROCESS).processInstanceBusinessKey(reference).singleResult();
        return instance == null ? List.of() : runtimeService.getActiveActivityIds(instance.getId());
    }
}
