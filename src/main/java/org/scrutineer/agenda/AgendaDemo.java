package org.scrutineer.agenda;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.scrutineer.meeting.DemoContribution;
import org.scrutineer.meeting.DemoStory;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;

/**
 * The meetings' agendas in the demo year: for each past meeting the clerk marks the draft ready the
 * morning after the report deadline, and every pack due by now is published at 9am on its day, as the
 * job executor would have done then. The next meeting's agenda is left for the clerk to prepare.
 */
@Component
class AgendaDemo implements DemoContribution {

    static final String CLERK = "clerk";

    private final AgendaItemRepository items;
    private final AgendaRepository agendas;
    private final AgendaSupplementRepository supplements;

    AgendaDemo(AgendaItemRepository items, AgendaRepository agendas, AgendaSupplementRepository supplements) {
        this.items = items;
        this.agendas = agendas;
        this.supplements = supplements;
    }

    @Override
    public void plan(DemoStory story) {
        for (ScheduledMeeting past : List.of(story.meetings().firstPast(), story.meetings().secondPast())) {
            String key = MeetingLifecycle.businessKey(past.id());
            story.on(story.workingDays(past.deadlines().reportDeadline(), 1, 10), "the clerk marks the agenda ready",
                    () -> story.complete(CLERK, story.task(MeetingLifecycle.PROCESS, key, "prepareAgenda"), Map.of()));
        }
        for (ScheduledMeeting meeting : List.of(story.meetings().firstPast(), story.meetings().secondPast(), story.meetings().next(),
                story.meetings().later())) {
            LocalDateTime publication = meeting.deadlines().agendaPublicationDate().atTime(MeetingLifecycleDates.PUBLICATION_TIME);
            if (publication.isBefore(story.now())) {
                story.on(publication, "the agenda pack is published", () -> { });
            }
        }
    }

    @Override
    public void forget() {
        supplements.deleteAllInBatch();
        items.deleteAllInBatch();
        agendas.deleteAllInBatch();
    }
}
