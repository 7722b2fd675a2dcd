/**
 * Lifecycle: public questions (public-question): the public form and API with their door rules, the process delegates and listeners,
 * the published supplement, withdrawal by signed link and the staff question list.
 */
package org.scrutineer.question;
