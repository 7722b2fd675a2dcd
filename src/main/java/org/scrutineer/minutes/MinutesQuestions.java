package org.scrutineer.minutes;

import java.util.List;

/** The public questions put to a meeting, for the minutes' appendix, as the question lifecycle tells the minutes. */
public interface MinutesQuestions {

    List<MinutesQuestion> forMeeting(long meetingId);
}
