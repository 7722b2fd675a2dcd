/**
 * Lifecycle: recommendations and executive responses (recommendation-response): recording, sending, responses and progress,
 * the tracker with its CSV import and export, and the public tracker.
 */
package org.scrutineer.recommendation;
