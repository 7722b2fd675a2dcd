package org.scrutineer.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The document types a report may be, recognised by their content, never by the file's name or
 * the type the browser claims: a PDF starts with {@code %PDF-}; a Word document is a ZIP archive
 * holding {@code word/document.xml}. Only the PDF's header is read. The ZIP is unpacked as far as
 * its limit and no further, counting what actually comes out rather than the sizes it declares, so
 * that a small archive that unpacks to gigabytes (a ZIP bomb) costs no more than the limit.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The document's type, if it is a PDF or a Word document; throws {@link UnpacksTooFar} past the limit. */
    static Optional<DocumentType> of(byte[] content, UnpackLimit limit) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC) && holdsWordDocument(content, limit)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean holdsWordDocument(byte[] content, UnpackLimit limit) {
        boolean word = false;
        int entries = 0;
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limit.maxEntries()) {
                    throw new UnpacksTooFar(true);
                }
                word |= "word/document.xml".equals(entry.getName());
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > limit.maxBytes()) {
                        throw new UnpacksTooFar(false);
                    }
                }
            }
            return word;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A ZIP archive that would unpack to more bytes, or to more parts, than its limit allows. */
    static final class UnpacksTooFar extends RuntimeException {

        private final boolean tooManyParts;

        UnpacksTooFar(boolean tooManyParts) {
            super(tooManyParts ? "The archive holds too many parts" : "The archive unpacks to too much", null, false, false);
            this.tooManyParts = tooManyParts;
        }

        boolean tooManyParts() {
            return tooManyParts;
        }
    }
}
