package org.scrutineer.report;

import java.time.Clock;

import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Adds a new version of a report's document, refusing oversized files, anything that is not a PDF
 * or a Word document, a Word document that would unpack to far more than any report, and any
 * change once the report is approved: what is published is what was approved.
 */
@Service
public class ReportDocuments {

    private final ReportRepository reports;
    private final ReportFileRepository files;
    private final ReportSettings settings;
    private final Clock clock;

    ReportDocuments(ReportRepository reports, ReportFileRepository files, ReportSettings settings, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public ReportVersion upload(long reportId, String fileName, byte[] content, String uploadedBy) {
        Report report = reports.findById(reportId).orElseThrow(() -> NotFound.withId("report", reportId));
        if (content == null || content.length == 0) {
            throw Refusal.invalid("file", "Choose the report's document to upload");
        }
        if (content.length > settings.maxDocumentSize().toBytes()) {
            throw Refusal.of(HttpStatus.PAYLOAD_TOO_LARGE, "file", tooLarge(settings.maxDocumentSize()));
        }
        DocumentType type = typeOf(content);
        if (report.getStatus() == ReportStatus.APPROVED || report.getStatus() == ReportStatus.PUBLISHED) {
            throw Refusal.of(HttpStatus.CONFLICT, "file", "The report has been approved, so its document can no longer be changed. "
                    + "Ask democratic services if it must be withdrawn");
        }
        String name = fileName == null || fileName.isBlank() ? "report." + type.extension() : fileName.strip();
        ReportVersion version = report.addVersion(name, type, content.length, uploadedBy, clock.instant());
        reports.flush();
        files.save(new ReportFile(version.getId(), content));
        return version;
    }

    private DocumentType typeOf(byte[] content) {
        try {
            return DocumentType.of(content, settings.unpackLimit()).orElseThrow(() -> Refusal.of(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file", "The document must be a PDF or a Word document (.docx)"));
        } catch (DocumentType.UnpacksTooFar e) {
            String problem = e.tooManyParts() ? "The Word document holds more than " + settings.maxDocumentEntries() + " parts"
                    : "The Word document would be larger than " + words(settings.maxExpandedSize()) + " once opened";
            throw Refusal.of(HttpStatus.PAYLOAD_TOO_LARGE, "file", problem + ", which no report needs. Check it is the right file, "
                    + "or save it as a PDF and upload that");
        }
    }

    static String tooLarge(DataSize max) {
        return "The document must be smaller than " + words(max);
    }

    public byte[] content(ReportVersion version) {
        return files.findById(version.getId()).map(ReportFile::getContent).orElseThrow();
    }

    private static String words(DataSize size) {
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }
}
