/**
 * The meeting layer: committees and their members from config, meetings with their stored deadlines and overrides,
 * the public and staff meeting pages, /api/meetings and the MeetingRescheduled event features follow.
 */
package org.scrutineer.meeting;
