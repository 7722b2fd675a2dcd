package org.scrutineer.report;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A report version's document as the answer to a download. A file name outside ASCII ("Adroddiad –
 * Ŵyl.pdf", "报告.pdf") is sent as RFC 6266 {@code filename*} in UTF-8, which browsers prefer, so it
 * arrives whole; an ASCII name is sent plainly, as every client reads it.
 */
final class DocumentDownload {

    private DocumentDownload() {
    }

    static ResponseEntity<byte[]> attachment(ReportVersion version, byte[] content) {
        return answer(ContentDisposition.attachment(), version, content);
    }

    static ResponseEntity<byte[]> inline(ReportVersion version, byte[] content) {
        return answer(ContentDisposition.inline(), version, content);
    }

    private static ResponseEntity<byte[]> answer(ContentDisposition.Builder disposition, ReportVersion version, byte[] content) {
        String name = version.getFileName();
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(name);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, version.getMediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        (ascii ? disposition.filename(name) : disposition.filename(name, StandardCharsets.UTF_8)).build().toString())
                .body(content);
    }
}
