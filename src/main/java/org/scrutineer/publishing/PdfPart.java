package org.scrutineer.publishing;

/** A PDF to append after a published document's own pages, under a bookmark of its own. */
public record PdfPart(String bookmarkTitle, byte[] pdf) {
}
