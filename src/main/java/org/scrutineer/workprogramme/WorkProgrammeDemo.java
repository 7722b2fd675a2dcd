package org.scrutineer.workprogramme;

import java.util.List;

import org.scrutineer.meeting.DemoContribution;
import org.scrutineer.meeting.DemoStory;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;

/**
 * The demo year's work programme: the scrutiny officer plans it at the start of the story, with items
 * for the next two meetings, a task and finish group and two items in reserve.
 */
@Component
class WorkProgrammeDemo implements DemoContribution {

    private final WorkProgramme programme;
    private final WorkProgrammeItemRepository items;
    private final TopicSuggestionRepository suggestions;

    WorkProgrammeDemo(WorkProgramme programme, WorkProgrammeItemRepository items, TopicSuggestionRepository suggestions) {
        this.programme = programme;
        this.items = items;
        this.suggestions = suggestions;
    }

    @Override
    public void plan(DemoStory story) {
        ScheduledMeeting next = story.meetings().next();
        ScheduledMeeting later = story.meetings().later();
        story.on(story.begins().plusHours(2), "the scrutiny officer plans the work programme", () -> {
            String committee = next.committee().id();
            programme.add(committee, new WorkProgrammeChange("Sufficiency of foster placements", "To test the placement sufficiency strategy "
                    + "against the number of children placed out of area.", "Placement data by age and need", "Head of fostering", "committee-item",
                    next.id(), "member", "scheduled", null, null));
            programme.add(committee, new WorkProgrammeChange("Children's mental health waiting times", "To understand how long children wait "
                    + "for a first appointment, and why.", "Waiting times by service", "The integrated care board's children's lead", "committee-item",
                    later.id(), "cabinet-referral", "scheduled", null, null));
            programme.add(committee, new WorkProgrammeChange("Care leavers' housing", "To review supported accommodation for care leavers.",
                    null, null, "task-and-finish-group", null, "member", "proposed", null, new WorkProgrammeChange.Group(
                    List.of("Cllr Margaret Okafor", "Cllr Rhys Morgan"), List.of("A care-experienced young person"), "Supported accommodation "
                    + "for 16 to 25 year olds", null)));
            programme.add(committee, new WorkProgrammeChange("Elective home education", null, null, null, "briefing", null, "officer",
                    "proposed", null, null));
        });
    }

    @Override
    public void forget() {
        suggestions.deleteAllInBatch();
        items.deleteAllInBatch();
    }
}
