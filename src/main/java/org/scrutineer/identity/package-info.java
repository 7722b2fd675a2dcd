/**
 * Shared: staff sign-in against the Camunda identity service, account locks and address throttling, the security filter chains,
 * the engine's authorizations and privacy plugin, and the seeding of the directory and demo users.
 */
package org.scrutineer.identity;
