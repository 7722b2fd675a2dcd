package org.scrutineer.notification;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder of one kind sent to one person on one day; the table's unique key allows no second. */
@Entity
@Table(name = "reminder_sent")
class ReminderSent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String kind;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "task_count", nullable = false)
    private int taskCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReminderSent() {
    }

    ReminderSent(String recipient, String kind, LocalDate sentOn, int taskCount, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.sentOn = sentOn;
        this.taskCount = taskCount;
        this.createdAt = createdAt;
    }
}
