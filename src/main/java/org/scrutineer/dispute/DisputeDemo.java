package org.scrutineer.dispute;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.scrutineer.meeting.DemoContribution;
import org.scrutineer.meeting.DemoStory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The IRO disputes of the demo year (config/demo/disputes.yaml), raised through the IRO's door: one
 * informal, waiting for the team manager's response; one escalated to the formal stage after the team
 * manager answered, whose service manager has not responded in time, so the dispute meeting is called.
 */
@Component
class DisputeDemo implements DemoContribution {

    static final String IRO = "iro";
    static final String TEAM_MANAGER = "team-manager";

    record Informal(String caseReference, String category, String description, int raisedWorkingDaysAgo) {
    }

    record Formal(String caseReference, String category, String description, int raisedWorkingDaysAgo, String informalResponse,
                  int respondedWorkingDaysAgo, int escalatedWorkingDaysAgo) {
    }

    record Content(Informal informal, Formal formal) {
    }

    private final DisputeIntake intake;
    private final DisputeRepository disputes;

    DisputeDemo(DisputeIntake intake, DisputeRepository disputes) {
        this.intake = intake;
        this.disputes = disputes;
    }

    @Override
    public void plan(DemoStory story) {
        Content content = story.content("disputes.yaml", Content.class);
        Informal informal = content.informal();
        raise(story, story.workingDays(story.today(), -informal.raisedWorkingDaysAgo(), 10), informal.caseReference(),
                informal.category(), informal.description(), new AtomicLong());

        Formal formal = content.formal();
        AtomicLong id = new AtomicLong();
        raise(story, story.workingDays(story.today(), -formal.raisedWorkingDaysAgo(), 10), formal.caseReference(),
                formal.category(), formal.description(), id);
        story.on(story.workingDays(story.today(), -formal.respondedWorkingDaysAgo(), 12), "The team manager responds to a dispute",
                () -> story.complete(TEAM_MANAGER, story.task(DisputeIntake.PROCESS, String.valueOf(id.get()), "respondInformal"),
                        Map.of("response", formal.informalResponse().strip())));
        story.on(story.workingDays(story.today(), -formal.escalatedWorkingDaysAgo(), 9), "The IRO escalates a dispute to the formal stage",
                () -> story.complete(IRO, story.task(DisputeIntake.PROCESS, String.valueOf(id.get()), "reviewInformalResponse"),
                        Map.of("decision", ReviewDecision.ESCALATE, "resolution", "")));
    }

    private void raise(DemoStory story, LocalDateTime at, String caseReference, String category, String description, AtomicLong id) {
        story.on(at, "The IRO raises an informal dispute", () -> id.set(intake.raise(new DisputeSubmission(caseReference,
                DisputeCategory.fromId(category).orElseThrow(), DisputeStage.INFORMAL, at.toLocalDate().toString(),
                description.strip(), null, null, null, null), IRO).getId()));
    }

    @Override
    @Transactional
    public void forget() {
        disputes.deleteAll();
    }
}
