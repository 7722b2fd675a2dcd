package org.scrutineer.minutes;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes the minutes: the draft once the chair approves it, again after a correction, and the confirmed version. */
@Service
class MinutesPublication {

    private final MinutesService minutes;
    private final MinutesDocuments documents;
    private final MeetingService meetings;
    private final DateWords words;

    MinutesPublication(MinutesService minutes, MinutesDocuments documents, MeetingService meetings, DateWords words) {
        this.minutes = minutes;
        this.documents = documents;
        this.meetings = meetings;
        this.words = words;
    }

    @Transactional
    public void publishDraft(long meetingId) {
        Minutes stored = minutes.find(meetingId).orElseThrow();
        String reason = stored.getCorrectionReason();
        boolean corrected = documents.latest(meetingId).isPresent();
        documents.publish(meetingId, corrected ? "Corrected draft" + (reason == null ? "." : ": " + reason)
                : "Draft approved by the chair, to be confirmed at the next meeting.");
    }

    @Transactional
    public void publishConfirmed(long meetingId, long atMeeting, String amendments) {
        minutes.confirmed(meetingId, atMeeting, amendments);
        String on = meetings.find(atMeeting).map(m -> words.date(m.startsAt().toLocalDate())).orElse("the next meeting");
        documents.publish(meetingId, "Confirmed as a correct record at the meeting on " + on
                + (amendments == null || amendments.isBlank() ? "." : ", with amendments."));
    }

    @EventListener
    void confirmedWithoutProcess(ConfirmationWithoutProcess confirmation) {
        publishConfirmed(confirmation.minutesOf(), confirmation.atMeeting(), confirmation.amendments());
    }
}
