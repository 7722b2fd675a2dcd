package org.scrutineer.meeting;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What the user tasks of a lifecycle's processes are about, so that every task in the Tasklist
 * says which report, question or recommendation it is for and for which meeting, not only what is
 * to be done. Each lifecycle implements it for its own processes; {@link TaskNames} asks it when a
 * task is created. The words must be fit for every group that can see the task: a dispute's are
 * its number only.
 */
public interface TaskSubject {

    /** The keys of the processes whose tasks this subject names. */
    Set<String> processKeys();

    /** What the task is about; called inside the engine's command as the task is created. */
    About about(DelegateTask task);

    /**
     * @param item       the words for what the task is about: a report's title, a question's reference
     * @param meetingDay the day of the meeting it is for, or null when it is for none
     */
    record About(String item, LocalDate meetingDay) {

        public static About of(String item) {
            return new About(item, null);
        }

        public static About atMeeting(String item, LocalDate meetingDay) {
            return new About(item, meetingDay);
        }
    }
}
