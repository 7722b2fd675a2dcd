package org.scrutineer.minutes;

import java.util.List;

/**
 * A meeting's minutes through the API: where they stand, the minute number the meeting's first item
 * takes, the minutes awaiting confirmation at this meeting, what is recorded, and the published
 * document's addresses once there is one.
 */
record MinutesJson(long meetingId, String status, String statusWords, int firstMinuteNumber, Long confirmsMinutesOf,
                   List<MinutesBody.Attendee> attendance, List<MinutesBody.Declaration> declarations, List<MinutesBody.ItemMinute> items,
                   MinutesBody.Confirmation confirmation, List<MinutesBody.Withdrawal> withdrawals, String chairComments,
                   String page, String pdf) {
}
