/**
 * Shared: what every page and API shares: layout settings, plain-English error answers for the API and pages,
 * the engine's answers to failures, the limits on what a request may send, and staff links.
 */
package org.scrutineer.web;
