package org.scrutineer.meeting;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * A scrutiny committee and its deadline rules, as configured in {@code config/application.yaml}.
 *
 * @param questionDeadlineWorkingDays public questions close on this working day before the meeting day
 * @param questionDeadlineTime        ... at this time of day
 * @param reportDeadlineWorkingDays   reports are due on this working day before the meeting day
 * @param agendaClearWorkingDays      the agenda is published with this many clear working days to spare
 * @param members                     the members seeded into the committee when it has none yet
 * @param contactOfficer              whom to contact about the committee; none when not configured
  * @param standardAgenda              the items every agenda carries, in order; the reference council's when not configured
 * @param meetingLength               how long its meetings are shown as lasting in calendars; two hours when not configured
 */
public record Committee(
        String id,
        String name,
        String defaultVenue,
        Integer questionDeadlineWorkingDays,
        LocalTime questionDeadlineTime,
        Integer reportDeadlineWorkingDays,
        Integer agendaClearWorkingDays,
        List<ConfiguredMember> members,
        ContactOfficer contactOfficer,
        List<StandardAgendaItem> standardAgenda,
        Duration meetingLength) {

    /** How long a meeting is shown as lasting in calendars, when the committee does not say. */
    public static final Duration USUAL_LENGTH = Duration.ofHours(2);

    public Committee {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A committee needs an id");
        }
        name = name == null ? id : name;
        defaultVenue = defaultVenue == null ? "" : defaultVenue;
        questionDeadlineWorkingDays = questionDeadlineWorkingDays == null ? 4 : questionDeadlineWorkingDays;
        questionDeadlineTime = questionDeadlineTime == null ? LocalTime.of(17, 0) : questionDeadlineTime;
        reportDeadlineWorkingDays = reportDeadlineWorkingDays == null ? 8 : reportDeadlineWorkingDays;
        agendaClearWorkingDays = agendaClearWorkingDays == null ? 5 : agendaClearWorkingDays;
        members = members == null ? List.of() : List.copyOf(members);
        standardAgenda = standardAgenda == null || standardAgenda.isEmpty() ? StandardAgendaItem.REFERENCE : List.copyOf(standardAgenda);
        meetingLength = meetingLength == null || meetingLength.isNegative() || meetingLength.isZero() ? USUAL_LENGTH : meetingLength;
    }
}
