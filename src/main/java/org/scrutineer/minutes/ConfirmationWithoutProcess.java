package org.scrutineer.minutes;

/** A meeting confirmed minutes whose meeting has no process waiting for it (minutes recorded before meetings ran as processes). */
record ConfirmationWithoutProcess(long minutesOf, long atMeeting, String amendments) {
}
