package org.scrutineer.question;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.TaskSubject;
import org.springframework.stereotype.Component;

/** A question's tasks name it by its reference, never by who asked it: "Screen the question: PQ-2027-0012 (meeting 18 March)". */
@Component
class QuestionTaskSubject implements TaskSubject {

    private final QuestionRecords questions;
    private final MeetingService meetings;

    QuestionTaskSubject(QuestionRecords questions, MeetingService meetings) {
        this.questions = questions;
        this.meetings = meetings;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(QuestionIntake.PROCESS);
    }

    @Override
    public About about(DelegateTask task) {
        PublicQuestion question = questions.of(task);
        return About.atMeeting(question.getReference(), meetings.get(question.getMeetingId()).startsAt().toLocalDate());
    }
}
