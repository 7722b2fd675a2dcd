/**
 * Lifecycle: the improvement plan the committee scrutinises, its themes, areas, outcomes and actions with milestones
 * and BRAG ratings, imported from the plan's table and kept with every rating an action has had.
 */
package org.scrutineer.improvement;
