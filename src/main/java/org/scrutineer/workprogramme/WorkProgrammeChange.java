package org.scrutineer.workprogramme;

import java.time.LocalDate;
import java.util.List;

/**
 * A work programme item as democratic services or the statutory scrutiny officer give it: its topic,
 * objectives, the evidence and attendees needed, the form of scrutiny, the meeting planned (none for
 * reserve), its source and status (a reason when dropped), and for a task and finish group its
 * membership, scope and reporting date.
 */
public record WorkProgrammeChange(String topic, String objectives, String evidence, String attendees, String form, Long meetingId,
                                  String source, String status, String droppedReason, Group taskAndFinishGroup) {

    /** members: at least two members of the committee; coOptees: at most two, who do not vote. */
    public record Group(List<String> members, List<String> coOptees, String scope, LocalDate reportsOn) {
        public Group {
            members = members == null ? List.of() : List.copyOf(members);
            coOptees = coOptees == null ? List.of() : List.copyOf(coOptees);
        }
    }
}
