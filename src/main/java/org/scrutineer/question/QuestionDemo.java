package org.scrutineer.question;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.scrutineer.meeting.DemoContribution;
import org.scrutineer.meeting.DemoStory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public questions of the demo year (config/demo/questions.yaml), put to the next meeting
 * through the public door: one screened by democratic services and waiting for its answer, one
 * waiting to be screened.
 */
@Component
class QuestionDemo implements DemoContribution {

    record Asker(String name, String email, String town, String addressedTo, String text) {
    }

    record Content(Asker screened, Asker awaitingScreening) {
    }

    private final QuestionIntake intake;
    private final PublicQuestionRepository questions;

    QuestionDemo(QuestionIntake intake, PublicQuestionRepository questions) {
        this.intake = intake;
        this.questions = questions;
    }

    @Override
    public void plan(DemoStory story) {
        Content content = story.content("questions.yaml", Content.class);
        long meetingId = story.meetings().next().id();
        AtomicReference<String> screened = new AtomicReference<>();
        story.on(story.workingDays(story.today(), -3, 10), "A resident asks a question for the next meeting",
                () -> screened.set(intake.submit(submission(meetingId, content.screened())).getReference()));
        story.on(story.workingDays(story.today(), -1, 11), "Democratic services accept the question",
                () -> story.complete("clerk", story.task(QuestionIntake.PROCESS, screened.get(), "screenQuestion"),
                        Map.of("decision", "accept", "publishedText", "")));
        story.on(story.workingDays(story.today(), -1, 15), "Another resident asks a question",
                () -> intake.submit(submission(meetingId, content.awaitingScreening())));
    }

    private static QuestionSubmission submission(long meetingId, Asker asker) {
        return new QuestionSubmission(meetingId, asker.name(), asker.email(), asker.town(), true, asker.addressedTo(), asker.text());
    }

    @Override
    @Transactional
    public void forget() {
        questions.deleteAll();
    }
}
