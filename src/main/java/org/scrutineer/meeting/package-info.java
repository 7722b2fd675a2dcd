/**
 * The meeting layer: committees and their members from config, meetings with their stored deadlines and overrides,
 * the public and staff pages, /api/meetings, the MeetingRescheduled event features follow, and the demo year they contribute to.
 */
package org.scrutineer.meeting;
