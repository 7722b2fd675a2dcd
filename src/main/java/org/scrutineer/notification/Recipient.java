package org.scrutineer.notification;

/** A person to email, from the Camunda directory. */
public record Recipient(String userId, String email, String name) {
}
