package org.scrutineer.report;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limit follows the report document limit, with room for the
 * other form fields, so that {@link ReportDocuments} can refuse an oversized file with its own
 * message and the container refuses anything far beyond it.
 */
@Configuration
class ReportUploadLimit {

    private static final DataSize ROOM_FOR_FIELDS = DataSize.ofMegabytes(1);

    @Bean
    MultipartConfigElement multipartConfigElement(ReportSettings settings) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        DataSize limit = DataSize.ofBytes(settings.maxDocumentSize().toBytes() + ROOM_FOR_FIELDS.toBytes());
        factory.setMaxFileSize(limit);
        factory.setMaxRequestSize(DataSize.ofBytes(limit.toBytes() + ROOM_FOR_FIELDS.toBytes()));
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }
}
