package org.scrutineer.improvement;

import java.util.Map;

import org.scrutineer.publishing.DocumentViews;
import org.scrutineer.publishing.PdfRenderer;
import org.springframework.stereotype.Component;

/** The plan's report as a tagged PDF, built from the same view as its page: for download, and frozen when placed on an agenda. */
@Component
class PlanReportPdf {

    private final DocumentViews views;
    private final PdfRenderer renderer;

    PlanReportPdf(DocumentViews views, PdfRenderer renderer) {
        this.views = views;
        this.renderer = renderer;
    }

    byte[] render(PlanReport.View view) {
        return renderer.render(views.render("improvement/report", Map.of("view", view, "forPdf", true)), view.title());
    }

    static String fileName(long planId, Object asOf) {
        return "improvement-plan-" + planId + "-report-" + asOf + ".pdf";
    }
}
