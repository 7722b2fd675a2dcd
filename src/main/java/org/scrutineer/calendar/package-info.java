/**
 * Shared: the one clock (AppClock, mirrored into the engine), the working-day calendar with its bank holidays,
 * dates in words and the public calendar API; it knows no feature it counts for.
 */
package org.scrutineer.calendar;
