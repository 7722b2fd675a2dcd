package org.scrutineer.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Service;

/** Turns a page into the tagged PDF/UA-1 that is published with it, and appends other PDFs to one. */
@Service
public class PdfRenderer {

    private final PrintFonts fonts = new PrintFonts();
    private final String stylesheet = new String(PrintFonts.read("publishing/print.css"), StandardCharsets.UTF_8);

    public PdfRenderer() {
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    /**
     * Renders a complete, well-formed XHTML document (as Thymeleaf writes it:
     * {@code <!DOCTYPE html><html lang="en-GB" xmlns="http://www.w3.org/1999/xhtml">...}, void elements closed as {@code <br/>};
     * HTML's named entities such as {@code &nbsp;} are welcome) into a tagged PDF/UA-1: fonts embedded, the document title set from the argument (and DisplayDocTitle), the language en-GB
     * unless the page says otherwise, a bookmark for each h1 and h2 (unless the page has its own bookmarks), A4 pages numbered
     * "Page 3 of 12" in the footer. The renderer fetches nothing: images must be data: URIs. A malformed document is an
     * IllegalArgumentException with a plain message.
     */
    public byte[] render(String xhtml, String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A published PDF needs a title.");
        }
        PrintableXhtml page = PrintableXhtml.read(xhtml);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        fonts.addTo(builder);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        builder.usePdfUaAccessibility(true)
                .usePdfVersion(1.7f)
                .useSVGDrawer(new BatikSVGDrawer())
                .useExternalResourceAccessControl(PdfRenderer::isEmbedded, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(PdfRenderer::isEmbedded, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withW3cDocument(page.prepare(title.strip(), stylesheet), null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument document = renderer.createPDFKeepOpen()) {
            LinkContents.fill(document);
            document.save(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF of \"" + title + "\" could not be written", e);
        }
        return pdf.toByteArray();
    }

    /** Appends the pages of each PDF in order after the base document, keeping the base document's metadata, language, title and structure tree, and adding one bookmark per appended part with its given title. */
    public byte[] append(byte[] base, List<PdfPart> parts) {
        return new PdfAppendix(base).append(parts);
    }

    private static boolean isEmbedded(String uri, Object type) {
        return uri != null && uri.startsWith("data:");
    }
}
