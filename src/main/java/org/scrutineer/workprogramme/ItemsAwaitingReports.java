package org.scrutineer.workprogramme;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.scrutineer.agenda.AgendaReport;
import org.scrutineer.agenda.AgendaReports;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.scrutineer.identity.Roles;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.DigestNotices;
import org.scrutineer.notification.MailSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scheduled item's report is due at its meeting's report deadline. From the configured number of
 * working days before that deadline until the deadline itself, an item with no report registered for
 * its meeting is in democratic services' morning digest. A report counts as the item's when its title
 * holds the item's topic, or the topic holds the title, ignoring case.
 */
@Component
class ItemsAwaitingReports implements DigestNotices {

    private final WorkProgrammeItemRepository items;
    private final MeetingService meetings;
    private final AgendaReports reports;
    private final WorkingDayCalendar calendar;
    private final WorkProgrammeSettings settings;
    private final MailSettings mail;
    private final DateWords words;

    ItemsAwaitingReports(WorkProgrammeItemRepository items, MeetingService meetings, AgendaReports reports, WorkingDayCalendar calendar,
                         WorkProgrammeSettings settings, MailSettings mail, DateWords words) {
        this.items = items;
        this.meetings = meetings;
        this.reports = reports;
        this.calendar = calendar;
        this.settings = settings;
        this.mail = mail;
        this.words = words;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notice> on(LocalDate day) {
        return items.findByStatusAndMeetingIdIsNotNull(ItemStatus.SCHEDULED.id()).stream()
                .flatMap(item -> notice(item, day).stream()).toList();
    }

    private Optional<Notice> notice(WorkProgrammeItem item, LocalDate day) {
        Optional<ScheduledMeeting> meeting = meetings.find(item.getMeetingId()).filter(m -> !m.meeting().isCancelled());
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        LocalDate deadline = meeting.get().deadlines().reportDeadline();
        if (day.isAfter(deadline) || day.isBefore(calendar.addWorkingDays(deadline, -settings.reportPromptWorkingDays()))
                || hasReport(item, meeting.get())) {
            return Optional.empty();
        }
        return Optional.of(new Notice(Roles.DEMOCRATIC_SERVICES, "\"" + item.getTopic() + "\" is planned for the meeting of "
                + words.date(meeting.get().startsAt().toLocalDate()) + ", and no report for it is registered. Reports are due by "
                + words.date(deadline) + ".", mail.publicUrl() + "/staff/work-programme/" + item.getId()));
    }

    private boolean hasReport(WorkProgrammeItem item, ScheduledMeeting meeting) {
        String topic = item.getTopic().toLowerCase(Locale.UK).strip();
        return reports.forMeeting(meeting.id()).stream().map(AgendaReport::title).map(t -> t.toLowerCase(Locale.UK).strip())
                .anyMatch(title -> title.contains(topic) || topic.contains(title));
    }
}
