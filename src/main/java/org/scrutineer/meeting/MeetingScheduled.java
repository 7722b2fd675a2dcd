package org.scrutineer.meeting;

/** Published, inside the transaction that schedules it, when a committee meeting is scheduled. */
public record MeetingScheduled(long meetingId, String committeeId) {
}
