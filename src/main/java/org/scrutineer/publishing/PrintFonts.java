package org.scrutineer.publishing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every published PDF embeds: DejaVu Sans, regular and bold (licence in fonts/LICENSE-DejaVu.txt).
 * PDF/UA forbids relying on a reader's own fonts, so the standard PDF fonts will not do.
 */
final class PrintFonts {

    static final String FAMILY = "DejaVu Sans";

    private final byte[] regular = read("fonts/DejaVuSans.ttf");
    private final byte[] bold = read("fonts/DejaVuSans-Bold.ttf");

    void addTo(PdfRendererBuilder builder) {
        builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
    }

    static byte[] read(String path) {
        try (InputStream in = PrintFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
