/**
 * Shared: published documents, each version frozen with its bytes, SHA-256 and publication time,
 * and the renderer that turns an HTML view into a tagged PDF/UA with embedded fonts and bookmarks.
 */
package org.scrutineer.publishing;
