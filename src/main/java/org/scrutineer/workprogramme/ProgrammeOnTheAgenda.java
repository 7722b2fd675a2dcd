package org.scrutineer.workprogramme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.scrutineer.agenda.AgendaWorkProgramme;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.MunicipalYears;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The agenda's "Work programme" item prints the programme of the meeting's year as it stands when the pack is published. */
@Component
class ProgrammeOnTheAgenda implements AgendaWorkProgramme {

    private final WorkProgramme programme;
    private final MeetingService meetings;
    private final MunicipalYears years;
    private final DateWords words;

    ProgrammeOnTheAgenda(WorkProgramme programme, MeetingService meetings, MunicipalYears years, DateWords words) {
        this.programme = programme;
        this.meetings = meetings;
        this.years = years;
        this.words = words;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> forMeeting(long meetingId) {
        ScheduledMeeting meeting = meetings.get(meetingId);
        LocalDate begins = years.startOf(meeting.startsAt().toLocalDate());
        ProgrammeView view = ProgrammeView.of(begins, programme.forYear(meeting.committee().id(), begins), meetings);
        List<Line> lines = new ArrayList<>();
        for (ProgrammeView.Meeting planned : view.meetings()) {
            String when = planned.date() == null ? "A meeting" : words.date(planned.date());
            planned.items().forEach(item -> lines.add(line(when, item)));
        }
        view.reserve().forEach(item -> lines.add(line("Reserve", item)));
        return lines;
    }

    private static Line line(String when, WorkProgrammeItem item) {
        return new Line(when, item.getTopic(), item.getForm().words(), item.getStatus().words());
    }
}
