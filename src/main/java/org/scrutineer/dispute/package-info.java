/**
 * Lifecycle: the IRO dispute resolution protocol (dispute-resolution, dispute-weekly-report): intake with working-day deadlines,
 * the delegates and listeners of its models, the privacy doors that hide disputes from outsiders, the tracker and the weekly report.
 */
package org.scrutineer.dispute;
