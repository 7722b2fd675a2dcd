package org.scrutineer.report;

import jakarta.servlet.MultipartConfigElement;

import org.scrutineer.web.BodyLimit;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limit follows the report document limit, with room for the
 * other form fields, so that {@link ReportDocuments} can refuse an oversized file with its own
 * message and the container refuses anything far beyond it. The upload doors take uploads up to
 * the same size, beyond the web layer's general limit; anything else sent to them gets that limit.
 */
@Configuration
class ReportUploadLimit {

    private static final DataSize ROOM_FOR_FIELDS = DataSize.ofMegabytes(1);
    private static final String UPLOAD_DOORS = "/api/reports/\\d+/versions|/staff/reports/\\d+/versions";

    @Bean
    MultipartConfigElement multipartConfigElement(ReportSettings settings) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(fileLimit(settings));
        factory.setMaxRequestSize(requestLimit(settings));
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }

    @Bean
    BodyLimit reportUploadSizeLimit(ReportSettings settings) {
        return BodyLimit.uploads("POST", UPLOAD_DOORS, requestLimit(settings), ReportDocuments.tooLarge(settings.maxDocumentSize()) + ".");
    }

    private static DataSize fileLimit(ReportSettings settings) {
        return DataSize.ofBytes(settings.maxDocumentSize().toBytes() + ROOM_FOR_FIELDS.toBytes());
    }

    private static DataSize requestLimit(ReportSettings settings) {
        return DataSize.ofBytes(fileLimit(settings).toBytes() + ROOM_FOR_FIELDS.toBytes());
    }
}
