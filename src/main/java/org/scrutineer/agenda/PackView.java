package org.scrutineer.agenda;

import java.util.List;

import org.scrutineer.meeting.ContactOfficer;

/** What the agenda pack and its supplements print about the meeting: only the fields they are built from. */
record PackView(
        String title,
        String councilName,
        String committeeName,
        String date,
        String time,
        String venue,
        String publishedOn,
        ContactOfficer contact,
        List<Member> members,
        List<Item> items,
        String cancellation,
        String note,
        List<AgendaWorkProgramme.Line> workProgramme,
        List<AgendaActionTracking.Line> actionTracking) {

    record Member(String name, String roleWords) {
    }

    record Item(int number, String title, String purpose, String leadOfficer, String lateReason, boolean exempt, String exemptWords,
                boolean toFollow, String pages) {
    }
}
