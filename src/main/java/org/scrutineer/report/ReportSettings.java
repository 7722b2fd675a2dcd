package org.scrutineer.report;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Report settings ({@code scrutineer.reports.*}, set in {@code config/application.yaml}).
 *
 * @param maxDocumentSize               the largest document version that may be uploaded
 * @param escalateWorkingDaysBeforeAgenda a report not approved this many working days before agenda publication is escalated
 * @param maxExpandedSize               the most a Word document may unpack to
 * @param maxDocumentEntries            the most parts a Word document may hold
 */
@ConfigurationProperties("scrutineer.reports")
@Validated
public record ReportSettings(@NotNull DataSize maxDocumentSize, @NotNull Integer escalateWorkingDaysBeforeAgenda,
                             @NotNull DataSize maxExpandedSize, @NotNull Integer maxDocumentEntries) {

    UnpackLimit unpackLimit() {
        return new UnpackLimit(maxExpandedSize.toBytes(), maxDocumentEntries);
    }
}
