/**
 * Committee business: the actions and information requests a committee sets, their owners' answers in the Tasklist or
 * through a partner's signed link, reminders and escalation, the tracker as of any day, and each meeting's tracking report.
 */
package org.scrutineer.action;
