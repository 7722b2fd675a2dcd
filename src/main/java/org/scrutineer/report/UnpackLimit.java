package org.scrutineer.report;

/** How far a Word document, which is a ZIP archive, may unpack: at most {@code maxBytes} in at most {@code maxEntries} parts. */
record UnpackLimit(long maxBytes, int maxEntries) {
}
