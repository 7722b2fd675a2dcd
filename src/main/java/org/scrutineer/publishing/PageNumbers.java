package org.scrutineer.publishing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Numbers the pages of a whole assembled document, "Page 7 of 212", at the foot of each page, so a
 * pack's page numbers are the ones its agenda gives, across its merged parts. The numbers are
 * pagination artifacts, which PDF/UA keeps out of the reading order. A page rendered for such a
 * document leaves its own footer empty: {@code @page { @bottom-center { content: none; } }}.
 */
public final class PageNumbers {

    private static final float SIZE = 9f;
    private static final float FROM_BOTTOM = 10f * 72f / 25.4f;

    private PageNumbers() {
    }

    public static byte[] number(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(PrintFonts.read("fonts/DejaVuSans.ttf")), true);
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                String text = "Page " + (i + 1) + " of " + pages;
                PDRectangle box = page.getCropBox();
                float width = font.getStringWidth(text) / 1000f * SIZE;
                try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    COSDictionary pagination = new COSDictionary();
                    pagination.setName(COSName.TYPE, "Pagination");
                    stream.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(pagination));
                    stream.beginText();
                    stream.setFont(font, SIZE);
                    stream.setNonStrokingColor(0.31f, 0.35f, 0.37f);
                    stream.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + FROM_BOTTOM);
                    stream.showText(text);
                    stream.endText();
                    stream.endMarkedContent();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The pages could not be numbered", e);
        }
    }
}
