package org.scrutineer.meeting;

/** The committee's four meetings in the demo year: two held, one about a week ahead with questions still open, one later. */
public record DemoMeetings(ScheduledMeeting firstPast, ScheduledMeeting secondPast, ScheduledMeeting next, ScheduledMeeting later) {
}
