/**
 * Committee business: each committee's work programme for a municipal year, its items planned for a meeting or in
 * reserve, the public page and the staff's editing, and the items recommendations to the committee itself become.
 */
package org.scrutineer.workprogramme;
