package org.scrutineer.notification;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gauges for operators: {@code scrutineer.outbox.messages} by status, and
 * {@code scrutineer.tasks.overdue} by process, counted every minute.
 */
@Component
public class OperationsMetrics {

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final Clock clock;
    private final MultiGauge overdue;

    OperationsMetrics(MeterRegistry registry, OutboxRepository outbox, TaskService taskService,
                      RepositoryService repositoryService, Clock clock) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.clock = clock;
        for (OutboxStatus status : List.of(OutboxStatus.PENDING, OutboxStatus.FAILED)) {
            Gauge.builder("scrutineer.outbox.messages", outbox, o -> o.countByStatus(status))
                    .tag("status", status.name().toLowerCase())
                    .description("Outgoing emails waiting to be delivered, or given up on")
                    .register(registry);
        }
        overdue = MultiGauge.builder("scrutineer.tasks.overdue")
                .description("Open tasks past their due date, by process")
                .register(registry);
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "${scrutineer.metrics.refresh}")
    public void countOverdueTasks() {
        Date now = Date.from(clock.instant());
        overdue.register(repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(definition -> MultiGauge.Row.of(Tags.of("process", definition.getKey()),
                        taskService.createTaskQuery().processDefinitionKey(definition.getKey()).active().dueBefore(now).count()))
                .toList(), true);
    }
}
