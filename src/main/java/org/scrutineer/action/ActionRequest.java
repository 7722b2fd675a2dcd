package org.scrutineer.action;

/**
 * A clerk's action or information request: for a staff owner {@code owner} is their user or group id;
 * for a partner's contact, {@code ownerName} and {@code ownerEmail}. {@code dueBy} (YYYY-MM-DD) is
 * optional: without it the action is due the configured number of working days after the meeting.
 */
public record ActionRequest(String committee, Long meetingId, Integer minute, String text, String kind, String owner, String ownerName,
                            String ownerEmail, String dueBy) {
}
