package org.scrutineer.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * What a lifecycle asks a group to look at that is not yet a task: each staff member of the group
 * finds it in their morning digest, with their overdue tasks. Each lifecycle implements it for its
 * own records.
 */
public interface DigestNotices {

    /** The notices for the morning of {@code day}. */
    List<Notice> on(LocalDate day);

    /** @param group the staff group told; @param text what needs doing, in a sentence; @param link where to do it */
    record Notice(String group, String text, String link) {
    }
}
