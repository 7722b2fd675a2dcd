package org.scrutineer.notification;

public enum OutboxStatus {
    PENDING, SENT, FAILED
}
