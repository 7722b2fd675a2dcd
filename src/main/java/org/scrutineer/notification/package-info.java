/**
 * Shared: the transactional mail outbox and its delivery, the embedded SMTP server, mail templates, new-task emails,
 * the overdue-reminders delegates and the outbox pages; it carries every lifecycle's mail without knowing any of them.
 */
package org.scrutineer.notification;
