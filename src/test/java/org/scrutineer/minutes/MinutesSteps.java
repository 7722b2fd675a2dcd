package org.scrutineer.minutes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.ProcessSteps;
import org.scrutineer.agenda.AgendaItemRequest;
import org.scrutineer.agenda.AgendaService;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;

/**
 * A meeting of the Children and Young People Scrutiny Committee held at 2pm on a Tuesday, its agenda
 * drafted and published on time, and the clerk, the chair and the next meeting at work on its minutes.
 */
@Component
public class MinutesSteps {

    public static final String MARGARET = "Cllr Margaret Okafor";
    static final String SUNITA = "Cllr Sunita Patel";
    public static final String THOMAS = "Cllr Thomas Bradley";
    static final String ELEANOR = "Cllr Eleanor Whitfield";

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final MinutesService minutes;
    private final RuntimeService runtimeService;
    private final ProcessSteps process;
    private final AppClock clock;

    MinutesSteps(MeetingService meetings, AgendaService agendas, MinutesService minutes, RuntimeService runtimeService, ProcessSteps process,
                 AppClock clock) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.minutes = minutes;
        this.runtimeService = runtimeService;
        this.process = process;
        this.clock = clock;
    }

    /** Held on 23 March 2027, with the standard items and, when asked, an exempt item, waiting for its minutes. */
    public ScheduledMeeting heldOnTheTwentyThirdOfMarch(boolean withExemptItem) {
        return held(LocalDateTime.parse("2027-03-23T14:00"), Instant.parse("2027-03-01T09:00:00Z"), withExemptItem);
    }

    /** The committee's next meeting, on 20 April 2027, held and waiting for its minutes. */
    ScheduledMeeting heldOnTheTwentiethOfApril() {
        return held(LocalDateTime.parse("2027-04-20T14:00"), Instant.parse("2027-03-30T09:00:00Z"), false);
    }

    /** Held at that London time, scheduled three weeks before, waiting for its minutes. */
    public ScheduledMeeting heldAt(LocalDateTime startsAt) {
        return held(startsAt, startsAt.minusDays(22).atZone(AppClock.LONDON).toInstant(), false);
    }

    /** Held on 23 March 2027, with what happens between its scheduling and its report deadline (a question put to it, say). */
    public ScheduledMeeting heldOnTheTwentyThirdOfMarch(java.util.function.Consumer<ScheduledMeeting> meanwhile) {
        return held(LocalDateTime.parse("2027-03-23T14:00"), Instant.parse("2027-03-01T09:00:00Z"), false, meanwhile);
    }

    private ScheduledMeeting held(LocalDateTime startsAt, Instant scheduledAt, boolean withExemptItem) {
        return held(startsAt, scheduledAt, withExemptItem, meeting -> { });
    }

    private ScheduledMeeting held(LocalDateTime startsAt, Instant scheduledAt, boolean withExemptItem,
                                  java.util.function.Consumer<ScheduledMeeting> meanwhile) {
        clock.freezeAt(scheduledAt);
        ScheduledMeeting meeting = meetings.schedule("cyp", startsAt, null);
        meanwhile.accept(meeting);
        ProcessInstance lifecycle = lifecycleOf(meeting);
        clock.freezeAt(meeting.deadlines().reportDeadline().atTime(18, 0).atZone(AppClock.LONDON).toInstant());
        runDueJobs(lifecycle);
        if (withExemptItem) {
            agendas.add(meeting.id(), new AgendaItemRequest(null, "Residential placement contract", "To consider the contract award", null, null,
                    true, "3", null));
        }
        complete("clerk", task(lifecycle, "prepareAgenda"), Map.of());
        clock.freezeAt(meeting.deadlines().agendaPublicationDate().atTime(9, 30).atZone(AppClock.LONDON).toInstant());
        runDueJobs(lifecycle);
        clock.freezeAt(startsAt.plusHours(3).atZone(AppClock.LONDON).toInstant());
        runDueJobs(lifecycle);
        return meeting;
    }

    public ProcessInstance lifecycleOf(ScheduledMeeting meeting) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("committee-meeting")
                .processInstanceBusinessKey("meeting-" + meeting.id()).singleResult();
    }

    public int itemNumbered(ScheduledMeeting meeting, String title) {
        return agendas.items(meeting.id()).stream().filter(i -> i.getTitle().equals(title)).findFirst().orElseThrow().getPosition();
    }

    List<MinutesBody.Attendee> attendance() {
        return List.of(new MinutesBody.Attendee(MARGARET, "present", null, "chair"),
                new MinutesBody.Attendee(SUNITA, "present", null, "vice-chair"),
                new MinutesBody.Attendee(THOMAS, "apologies", null, "member"),
                new MinutesBody.Attendee("Cllr Peter Lowe", "substitute", THOMAS, "member"),
                new MinutesBody.Attendee(ELEANOR, "present", null, "member"),
                new MinutesBody.Attendee("Director of Children's Services", "present", null, "officer"));
    }

    static MinutesBody.Recommendation recommendation(String number, String text) {
        return new MinutesBody.Recommendation(number, text, "executive", "general");
    }

    static MinutesBody.Resolution resolution(String text, List<MinutesBody.Recommendation> recommendations, List<MinutesBody.Action> actions) {
        return new MinutesBody.Resolution(text, MARGARET, SUNITA, Vote.unanimously(), recommendations, actions);
    }

    /** The minutes of one item with one resolution, as the clerk records them. */
    MinutesBody oneItem(ScheduledMeeting meeting, int agendaItem, MinutesBody.Resolution resolution) {
        int first = minutes.firstMinuteNumber(meeting);
        return new MinutesBody(attendance(), List.of(), List.of(new MinutesBody.ItemMinute(agendaItem, first, null, "The committee discussed the report.",
                resolution == null ? List.of() : List.of(resolution))), null, List.of());
    }

    Minutes record(ScheduledMeeting meeting, MinutesBody body) {
        return minutes.record(meeting.id(), body, "clerk");
    }

    void clerkCompletes(ScheduledMeeting meeting) {
        complete("clerk", task(lifecycleOf(meeting), "recordMinutes"), Map.of());
    }

    void chairApproves(ScheduledMeeting meeting) {
        complete("chair", task(lifecycleOf(meeting), "approveDraftMinutes"), Map.of("minutesApproved", true));
    }

    void chairReturns(ScheduledMeeting meeting, String comments) {
        complete("chair", task(lifecycleOf(meeting), "approveDraftMinutes"), Map.of("minutesApproved", false, "chairComments", comments));
    }

    void runDueJobs(ProcessInstance instance) {
        process.runDueJobs(instance);
    }

    Task task(ProcessInstance instance, String key) {
        return process.task(instance, key);
    }

    void complete(String user, Task task, Map<String, Object> variables) {
        process.complete(user, task, variables);
    }
}
