package org.scrutineer.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Report settings ({@code scrutineer.reports.*}).
 *
 * @param maxDocumentSize               the largest document version that may be uploaded
 * @param escalateWorkingDaysBeforeAgenda a report not approved this many working days before agenda publication is escalated
 */
@ConfigurationProperties("scrutineer.reports")
public record ReportSettings(DataSize maxDocumentSize, Integer escalateWorkingDaysBeforeAgenda) {

    public ReportSettings {
        maxDocumentSize = maxDocumentSize == null ? DataSize.ofMegabytes(20) : maxDocumentSize;
        escalateWorkingDaysBeforeAgenda = escalateWorkingDaysBeforeAgenda == null ? 2 : escalateWorkingDaysBeforeAgenda;
    }
}
