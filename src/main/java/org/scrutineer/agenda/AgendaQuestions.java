package org.scrutineer.agenda;

import java.util.List;

/** The public questions whose answers are approved and published, as the question lifecycle tells the agenda. */
public interface AgendaQuestions {

    List<AgendaQuestion> publishedFor(long meetingId);
}
