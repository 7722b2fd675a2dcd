package org.scrutineer.publishing;

import java.time.Instant;
import java.util.function.LongFunction;

/**
 * One frozen version of a published document. Its bytes are read from the store the first time
 * {@link #html()} or {@link #pdf()} is asked for, so a list of versions costs no more than their
 * titles; each call returns a copy, so nothing a caller does changes what was published.
 */
public final class PublishedDocument {

    private final PublishedVersion version;
    private final LongFunction<PublishedFile> files;
    private volatile PublishedFile file;

    PublishedDocument(PublishedVersion version, LongFunction<PublishedFile> files) {
        this.version = version;
        this.files = files;
    }

    PublishedDocument(PublishedVersion version, PublishedFile file) {
        this(version, id -> file);
        this.file = file;
    }

    public long id() {
        return version.id();
    }

    public String series() {
        return version.series();
    }

    public int version() {
        return version.version();
    }

    public String title() {
        return version.title();
    }

    /** What changed since the version before; null for the first version. */
    public String note() {
        return version.note();
    }

    public Instant publishedAt() {
        return version.publishedAt();
    }

    public byte[] html() {
        return file().html();
    }

    public byte[] pdf() {
        return file().pdf();
    }

    public String htmlSha256() {
        return version.htmlSha256();
    }

    public String pdfSha256() {
        return version.pdfSha256();
    }

    public long htmlSize() {
        return version.htmlSize();
    }

    public long pdfSize() {
        return version.pdfSize();
    }

    private PublishedFile file() {
        PublishedFile loaded = file;
        if (loaded == null) {
            loaded = files.apply(version.id());
            file = loaded;
        }
        return loaded;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublishedDocument that && that.id() == id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id());
    }

    @Override
    public String toString() {
        return series() + " version " + version() + " (" + title() + ")";
    }
}
