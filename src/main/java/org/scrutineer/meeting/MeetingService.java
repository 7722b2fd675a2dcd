package org.scrutineer.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class MeetingService {

    private final MeetingRepository meetings;
    private final Committees committees;
    private final DeadlineRules deadlineRules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public MeetingService(MeetingRepository meetings, Committees committees, DeadlineRules deadlineRules,
                          ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.committees = committees;
        this.deadlineRules = deadlineRules;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ScheduledMeeting schedule(String committeeId, LocalDateTime startsAt, String venue) {
        Committee committee = committees.get(committeeId);
        Meeting meeting = meetings.save(new Meeting(committee.id(), startsAt, venueOrDefault(venue, committee), clock.instant()));
        return scheduled(meeting);
    }

    @Transactional
    public ScheduledMeeting reschedule(long id, LocalDateTime startsAt, String venue) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new MeetingNotFoundException(id));
        ScheduledMeeting before = scheduled(meeting);
        LocalDateTime previousStart = meeting.getStartsAt();
        meeting.moveTo(startsAt, venue == null || venue.isBlank() ? meeting.getVenue() : venue.strip(), clock.instant());
        ScheduledMeeting after = scheduled(meeting);
        if (!previousStart.equals(startsAt)) {
            events.publishEvent(new MeetingRescheduled(id, meeting.getCommitteeId(), previousStart, startsAt,
                    before.deadlines(), after.deadlines()));
        }
        return after;
    }

    @Transactional(readOnly = true)
    public ScheduledMeeting get(long id) {
        return meetings.findById(id).map(this::scheduled).orElseThrow(() -> new MeetingNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public List<ScheduledMeeting> all() {
        return meetings.findAllByOrderByStartsAtDesc().stream().map(this::scheduled).toList();
    }

    @Transactional(readOnly = true)
    public List<ScheduledMeeting> upcoming() {
        LocalDateTime startOfToday = LocalDateTime.now(clock).toLocalDate().atStartOfDay();
        return meetings.findByStartsAtGreaterThanEqualOrderByStartsAtAsc(startOfToday).stream().map(this::scheduled).toList();
    }

    public List<Committee> committees() {
        return committees.all();
    }

    private ScheduledMeeting scheduled(Meeting meeting) {
        Committee committee = committees.get(meeting.getCommitteeId());
        return new ScheduledMeeting(meeting, committee, deadlineRules.deadlinesFor(committee, meeting.getStartsAt()));
    }

    private static String venueOrDefault(String venue, Committee committee) {
        return venue == null || venue.isBlank() ? committee.defaultVenue() : venue.strip();
    }
}
