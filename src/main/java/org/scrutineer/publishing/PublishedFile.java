package org.scrutineer.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The bytes of one published version, read only when someone opens it. */
@Entity
@Immutable
@Table(name = "published_document_file")
class PublishedFile {

    @Id
    @Column(name = "document_id", updatable = false)
    private Long documentId;

    @Column(nullable = false, updatable = false)
    private byte[] html;

    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    protected PublishedFile() {
    }

    PublishedFile(long documentId, byte[] html, byte[] pdf) {
        this.documentId = documentId;
        this.html = html.clone();
        this.pdf = pdf.clone();
    }

    byte[] html() {
        return html.clone();
    }

    byte[] pdf() {
        return pdf.clone();
    }
}
