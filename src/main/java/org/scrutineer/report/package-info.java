/**
 * Lifecycle: report sign-off (report-signoff, report-reviewers DMN): registration, versioned documents, reviews and approval,
 * agenda placement and the published reports with their reviewers table.
 */
package org.scrutineer.report;
