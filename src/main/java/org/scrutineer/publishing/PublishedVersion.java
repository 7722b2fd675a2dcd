package org.scrutineer.publishing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The stored record of one frozen version; its bytes are kept apart in {@link PublishedFile}. */
@Entity
@Immutable
@Table(name = "published_document")
class PublishedVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String series;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(updatable = false)
    private String note;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "html_sha256", nullable = false, updatable = false)
    private String htmlSha256;

    @Column(name = "pdf_sha256", nullable = false, updatable = false)
    private String pdfSha256;

    @Column(name = "html_size", nullable = false, updatable = false)
    private long htmlSize;

    @Column(name = "pdf_size", nullable = false, updatable = false)
    private long pdfSize;

    protected PublishedVersion() {
    }

    PublishedVersion(String series, int version, String title, String note, Instant publishedAt, byte[] html, byte[] pdf) {
        this.series = series;
        this.version = version;
        this.title = title;
        this.note = note;
        this.publishedAt = publishedAt;
        this.htmlSha256 = Sha256.hex(html);
        this.pdfSha256 = Sha256.hex(pdf);
        this.htmlSize = html.length;
        this.pdfSize = pdf.length;
    }

    long id() {
        return id;
    }

    String series() {
        return series;
    }

    int version() {
        return version;
    }

    String title() {
        return title;
    }

    String note() {
        return note;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    String htmlSha256() {
        return htmlSha256;
    }

    String pdfSha256() {
        return pdfSha256;
    }

    long htmlSize() {
        return htmlSize;
    }

    long pdfSize() {
        return pdfSize;
    }
}
