/**
 * Committee business: each meeting's agenda, drafted from the standard items and the reports registered, prepared,
 * published as the agenda pack on time, and its supplements; the committee-meeting process that runs it.
 */
package org.scrutineer.agenda;
