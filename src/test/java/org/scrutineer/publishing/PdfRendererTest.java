package org.scrutineer.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final String IMAGE = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGOQLdiBFTEMLQkAmNlRQT43eU8AAAAASUVORK5CYII=";

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void anAgendaBecomesATaggedPdfUaWithItsTitleLanguageFontsBookmarksAndPageNumbers() throws IOException {
        byte[] pdf = renderer.render(agenda("Children and Young People Scrutiny Committee", 3),
                "Agenda: Children and Young People Scrutiny Committee, 14 January 2027");

        assertThat(PdfUa.failedRules(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Agenda: Children and Young People Scrutiny Committee, 14 January 2027");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(bookmarkTitles(document)).containsExactly("Children and Young People Scrutiny Committee",
                    "1. Apologies for absence", "2. Declarations of interest", "3. Item 3: the sufficiency strategy for children in care");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Children and Young People Scrutiny Committee", "1. Apologies for absence",
                    "3. Item 3: the sufficiency strategy for children in care", "Foster carers recruited",
                    "Page 1 of " + document.getNumberOfPages(), "Page " + document.getNumberOfPages() + " of " + document.getNumberOfPages());
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void appendedReportsComeAfterTheAgendaEachUnderItsBookmarkAndThePackStaysPdfUa() throws IOException {
        byte[] agenda = renderer.render(agenda("Agenda", 1), "Agenda pack: 14 January 2027");
        byte[] first = renderer.render(report("Sufficiency strategy"), "Sufficiency strategy");
        byte[] second = renderer.render(report("Annual report of the IRO service"), "Annual report of the IRO service");

        byte[] pack = renderer.append(agenda, List.of(new PdfPart("Item 3: Sufficiency strategy", first),
                new PdfPart("Item 4: Annual report of the IRO service", second)));

        try (PDDocument document = Loader.loadPDF(pack); PDDocument base = Loader.loadPDF(agenda);
             PDDocument one = Loader.loadPDF(first); PDDocument two = Loader.loadPDF(second)) {
            int agendaPages = base.getNumberOfPages();
            assertThat(document.getNumberOfPages()).isEqualTo(agendaPages + one.getNumberOfPages() + two.getNumberOfPages());
            List<PDOutlineItem> top = children(document.getDocumentCatalog().getDocumentOutline());
            assertThat(top).extracting(PDOutlineItem::getTitle)
                    .containsExactly("Agenda", "Item 3: Sufficiency strategy", "Item 4: Annual report of the IRO service");
            assertThat(pageOf(document, top.get(1))).isEqualTo(agendaPages);
            assertThat(pageOf(document, top.get(2))).isEqualTo(agendaPages + one.getNumberOfPages());
            assertThat(children(top.get(1))).extracting(PDOutlineItem::getTitle).containsExactly("Sufficiency strategy");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Agenda pack: 14 January 2027");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(new PDFTextStripper().getText(document)).contains("Annual report of the IRO service", "Recommendations");
        }
        assertThat(PdfUa.failedRules(pack)).isEmpty();
    }

    @Test
    void aPdfWithoutTagsFailsPdfUa() throws IOException {
        byte[] untagged;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Agenda");
                content.endText();
            }
            document.save(out);
            untagged = out.toByteArray();
        }

        assertThat(PdfUa.failedRules(untagged)).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule).matches("[0-9.]+ [0-9]+: .+"));
    }

    @Test
    void aPageThatIsNotWellFormedIsRefusedInPlainWords() {
        assertThatThrownBy(() -> renderer.render("<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>Agenda</title></head><body><p>Apologies<br></p></body></html>", "Agenda"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The page to print is not well-formed XHTML (line 1, column");
        assertThatThrownBy(() -> renderer.render(" ", "Agenda")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.render(report("Minutes"), " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A published PDF needs a title.");
    }

    @Test
    void htmlNamedCharactersArePrintedAsTheCharactersTheyName() throws IOException {
        byte[] pdf = renderer.render(page("<h1>Minutes</h1><p>Pages&nbsp;3&ndash;5 &amp; the chair&rsquo;s note &pound;20</p>"), "Minutes");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("3\u20135 & the chair\u2019s note \u00a320");
        }
        assertThat(PdfUa.failedRules(pdf)).isEmpty();
    }

    private static String agenda(String committee, int paragraphsPerItem) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(committee).append("</h1>")
                .append("<p>Date: Thursday 14 January 2027, 6:00pm. Venue: Committee Room 1, Civic Centre.</p>")
                .append("<p>Contact: <a href=\"https://www.example.gov.uk/democracy\">democratic services</a></p>")
                .append("<img src=\"").append(IMAGE).append("\" alt=\"The council's crest\"/>");
        String[] items = {"1. Apologies for absence", "2. Declarations of interest", "3. Item 3: the sufficiency strategy for children in care"};
        for (String item : items) {
            body.append("<h2>").append(item).append("</h2>");
            for (int i = 0; i < paragraphsPerItem * 4; i++) {
                body.append("<p>The committee will consider the report of the Director of Children's Services on this item, "
                        + "its recommendations and the responses of the cabinet member, and may make recommendations of its own.</p>");
            }
            body.append("<ul><li>Report of the director</li><li>Appendix A: the action plan</li></ul>");
        }
        body.append("<h3>Performance</h3><table><caption>Placements in the year</caption>"
                + "<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">2025/26</th><th scope=\"col\">2026/27</th></tr></thead>"
                + "<tbody><tr><th scope=\"row\">Foster carers recruited</th><td>21</td><td>27</td></tr>"
                + "<tr><th scope=\"row\">Children placed in county</th><td>64%</td><td>71%</td></tr></tbody></table>");
        return page(body.toString());
    }

    private static String report(String title) {
        return page("<h1>" + title + "</h1><p>Report of the Director of Children's Services.</p>"
                + "<h2>Recommendations</h2><ol><li>That the committee notes the report.</li></ol>");
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>"
                + "<title>Page</title></head><body>" + body + "</body></html>";
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    private static List<String> bookmarkTitles(PDDocument document) {
        List<String> titles = new ArrayList<>();
        collect(document.getDocumentCatalog().getDocumentOutline(), titles);
        return titles;
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : children(node)) {
            titles.add(item.getTitle());
            collect(item, titles);
        }
    }

    private static List<PDOutlineItem> children(PDOutlineNode node) {
        List<PDOutlineItem> items = new ArrayList<>();
        if (node != null) {
            node.children().forEach(items::add);
        }
        return items;
    }

    private static int pageOf(PDDocument document, PDOutlineItem item) throws IOException {
        return document.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage());
    }
}
