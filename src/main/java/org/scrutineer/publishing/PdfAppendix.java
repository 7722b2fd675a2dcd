package org.scrutineer.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A base document with other PDFs appended after its pages. Each part comes under one bookmark
 * with its title, its own bookmarks nested below; the base document keeps its title, language,
 * metadata and structure tree.
 */
final class PdfAppendix {

    private final byte[] base;

    PdfAppendix(byte[] base) {
        this.base = base;
    }

    byte[] append(List<PdfPart> parts) {
        if (parts == null || parts.isEmpty()) {
            close(load(base, "the document to append to"));
            return base.clone();
        }
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument target = load(base, "the document to append to")) {
            PDDocumentCatalog catalog = target.getDocumentCatalog();
            COSDictionary information = new COSDictionary(target.getDocumentInformation().getCOSObject());
            String language = catalog.getLanguage();
            PDMetadata metadata = catalog.getMetadata();
            PDViewerPreferences viewerPreferences = catalog.getViewerPreferences();
            PDFMergerUtility merger = new PDFMergerUtility();
            for (PdfPart part : parts) {
                PDDocument source = load(part == null ? null : part.pdf(), describe(part));
                sources.add(source);
                underOneBookmark(source, part.bookmarkTitle());
                merger.appendDocument(target, source);
            }
            target.setDocumentInformation(new PDDocumentInformation(information));
            catalog.setLanguage(language);
            catalog.setMetadata(metadata);
            catalog.setViewerPreferences(viewerPreferences);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("The PDFs could not be put together: " + e.getMessage(), e);
        } finally {
            sources.forEach(PdfAppendix::close);
        }
    }

    private static void underOneBookmark(PDDocument source, String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Every appended part needs a bookmark title.");
        }
        PDOutlineItem part = new PDOutlineItem();
        part.setTitle(title.strip());
        part.setDestination(source.getPage(0));
        PDDocumentOutline own = source.getDocumentCatalog().getDocumentOutline();
        if (own != null) {
            copyChildren(own, part);
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        outline.addLast(part);
        source.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static void copyChildren(PDOutlineNode from, PDOutlineNode to) {
        for (PDOutlineItem item : from.children()) {
            PDOutlineItem copy = new PDOutlineItem();
            copy.setTitle(item.getTitle());
            try {
                copy.setDestination(item.getDestination());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            copy.setAction(item.getAction());
            copyChildren(item, copy);
            to.addLast(copy);
        }
    }

    private static String describe(PdfPart part) {
        return part == null || part.bookmarkTitle() == null ? "an appended part" : "\"" + part.bookmarkTitle() + "\"";
    }

    private static PDDocument load(byte[] pdf, String what) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("There is no PDF for " + what + ".");
        }
        try {
            PDDocument document = Loader.loadPDF(pdf);
            if (document.isEncrypted()) {
                document.close();
                throw new IllegalArgumentException("The PDF for " + what + " is encrypted, so it cannot be put in a published document.");
            }
            if (document.getNumberOfPages() == 0) {
                document.close();
                throw new IllegalArgumentException("The PDF for " + what + " has no pages.");
            }
            return document;
        } catch (InvalidPasswordException e) {
            throw new IllegalArgumentException("The PDF for " + what + " is protected by a password.", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("The file for " + what + " is not a PDF that can be read: " + e.getMessage(), e);
        }
    }

    private static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
