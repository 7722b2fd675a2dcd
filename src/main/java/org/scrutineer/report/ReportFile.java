package org.scrutineer.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one report version, loaded only when someone downloads it. */
@Entity
@Table(name = "report_file")
class ReportFile {

    @Id
    @Column(name = "version_id")
    private Long versionId;

    @Column(nullable = false)
    private byte[] content;

    protected ReportFile() {
    }

    ReportFile(long versionId, byte[] content) {
        this.versionId = versionId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
