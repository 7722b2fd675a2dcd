package org.scrutineer.meeting;

/** Published, inside the transaction that cancels it, when a meeting is cancelled, with the reason the public is given. */
public record MeetingCancelled(long meetingId, String committeeId, String reason) {
}
