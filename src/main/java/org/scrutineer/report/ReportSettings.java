package org.scrutineer.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Report settings ({@code scrutineer.reports.*}).
 *
 * @param maxDocumentSize               the largest document version that may be uploaded
 * @param escalateWorkingDaysBeforeAgenda a report not approved this many working days before agenda publication is escalated
 * @param maxExpandedSize               the most a Word document may unpack to
 * @param maxDocumentEntries            the most parts a Word document may hold
 */
@ConfigurationProperties("scrutineer.reports")
public record ReportSettings(DataSize maxDocumentSize, Integer escalateWorkingDaysBeforeAgenda, DataSize maxExpandedSize,
                             Integer maxDocumentEntries) {

    public ReportSettings {
        maxDocumentSize = maxDocumentSize == null ? DataSize.ofMegabytes(20) : maxDocumentSize;
        escalateWorkingDaysBeforeAgenda = escalateWorkingDaysBeforeAgenda == null ? 2 : escalateWorkingDaysBeforeAgenda;
        maxExpandedSize = maxExpandedSize == null ? DataSize.ofMegabytes(100) : maxExpandedSize;
        maxDocumentEntries = maxDocumentEntries == null ? 1000 : maxDocumentEntries;
    }

    UnpackLimit unpackLimit() {
        return new UnpackLimit(maxExpandedSize.toBytes(), maxDocumentEntries);
    }
}
