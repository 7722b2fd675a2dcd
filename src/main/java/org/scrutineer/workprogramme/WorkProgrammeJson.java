package org.scrutineer.workprogramme;

import java.time.LocalDate;
import java.util.List;

/** A work programme item through the API; {@code reserve} is true when no meeting is planned for it. */
public record WorkProgrammeJson(long id, String committee, String year, String topic, String objectives, String evidence, String attendees,
                                String form, Long meetingId, LocalDate meetingDate, boolean reserve, String source, String status,
                                String droppedReason, Long recommendationId, Group taskAndFinishGroup) {

    public record Group(List<String> members, List<String> coOptees, String scope, LocalDate reportsOn) {
    }

    static WorkProgrammeJson of(WorkProgrammeItem item, LocalDate meetingDate) {
        Group group = item.getForm() == ScrutinyForm.TASK_AND_FINISH_GROUP
                ? new Group(item.getGroupMembers(), item.getGroupCoOptees(), item.getGroupScope(), item.getGroupReportsOn()) : null;
        return new WorkProgrammeJson(item.getId(), item.getCommitteeId(), yearWords(item.getYearBegins()), item.getTopic(), item.getObjectives(),
                item.getEvidence(), item.getAttendees(), item.getForm().id(), item.getMeetingId(), meetingDate, item.isReserve(),
                item.getSource().id(), item.getStatus().id(), item.getDroppedReason(), item.getRecommendationId(), group);
    }

    /** "2026/27" for the year that begins in 2026. */
    static String yearWords(LocalDate begins) {
        return begins.getYear() + "/" + String.format("%02d", (begins.getYear() + 1) % 100);
    }
}
