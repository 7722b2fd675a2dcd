/**
 * The meeting layer: the staff home page, with open and overdue tasks per lifecycle in one grouped query,
 * and the panels features contribute through DashboardPanel, drawn as accessible charts.
 */
package org.scrutineer.dashboard;
