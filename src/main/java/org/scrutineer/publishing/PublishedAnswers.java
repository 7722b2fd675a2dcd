package org.scrutineer.publishing;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A published version as the public reads it: its page, or its PDF named for it, each with its hash as the ETag. */
public final class PublishedAnswers {

    private PublishedAnswers() {
    }

    public static ResponseEntity<String> page(PublishedDocument document) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).eTag(document.htmlSha256())
                .body(new String(document.html(), StandardCharsets.UTF_8));
    }

    /** The PDF, as {@code name.pdf}, or {@code name-version-N.pdf} for a later version. */
    public static ResponseEntity<byte[]> pdf(PublishedDocument document, String name) {
        String file = name + (document.version() > 1 ? "-version-" + document.version() : "") + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename(file).build().toString())
                .cacheControl(CacheControl.noCache()).eTag(document.pdfSha256())
                .body(document.pdf());
    }
}
