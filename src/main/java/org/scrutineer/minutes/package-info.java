/**
 * Committee business: each meeting's minutes, recorded by the clerk, approved by the chair, published as a draft,
 * confirmed at the next meeting; their resolutions become tracked recommendations and actions.
 */
package org.scrutineer.minutes;
