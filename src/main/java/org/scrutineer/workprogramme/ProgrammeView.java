package org.scrutineer.workprogramme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;

/**
 * A work programme as its pages show it: each planned meeting in date order with its items, then the
 * items in reserve.
 */
record ProgrammeView(String year, List<Meeting> meetings, List<WorkProgrammeItem> reserve) {

    record Meeting(long id, LocalDate date, List<WorkProgrammeItem> items) {
    }

    static ProgrammeView of(LocalDate yearBegins, List<WorkProgrammeItem> items, MeetingService meetings) {
        Map<Long, List<WorkProgrammeItem>> byMeeting = new LinkedHashMap<>();
        List<WorkProgrammeItem> reserve = new ArrayList<>();
        for (WorkProgrammeItem item : items) {
            if (item.isReserve()) {
                reserve.add(item);
            } else {
                byMeeting.computeIfAbsent(item.getMeetingId(), id -> new ArrayList<>()).add(item);
            }
        }
        List<Meeting> planned = byMeeting.entrySet().stream()
                .map(e -> new Meeting(e.getKey(), meetings.find(e.getKey()).map(ScheduledMeeting::startsAt).map(t -> t.toLocalDate()).orElse(null),
                        e.getValue()))
                .sorted(Comparator.comparing(Meeting::date, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new ProgrammeView(WorkProgrammeJson.yearWords(yearBegins), planned, reserve);
    }

    public boolean isEmpty() {
        return meetings.isEmpty() && reserve.isEmpty();
    }
}
