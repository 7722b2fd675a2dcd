package org.scrutineer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * The test application is a node with mail polling off ({@code scrutineer.mail.poll=false}): it
 * delivers no mail in the background, but its operations gauges are still counted on schedule.
 */
@ScrutineerTest
class SchedulingOnEveryNodeTest {

    @Autowired ObjectProvider<ScheduledTaskHolder> holders;

    private List<String> scheduled() {
        return holders.stream().flatMap(holder -> holder.getScheduledTasks().stream()).map(ScheduledTask::getTask).map(Object::toString).toList();
    }

    @Test
    void aNodeWithMailPollingOffStillRefreshesItsMetrics() {
        assertThat(scheduled()).as("the overdue tasks gauge is counted every scrutineer.metrics.refresh")
                .anyMatch(task -> task.contains(OperationsMetrics.class.getSimpleName() + ".countOverdueTasks"));
    }

    @Test
    void aNodeWithMailPollingOffDeliversNoMailInTheBackground() {
        assertThat(scheduled()).noneMatch(task -> task.contains(OutboxPoller.class.getSimpleName()));
    }
}
