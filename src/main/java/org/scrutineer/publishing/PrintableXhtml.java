package org.scrutineer.publishing;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.text.translate.EntityArrays;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XHTML page made ready for print: its title and language set, the print stylesheet first in
 * its head, a bookmark for each h1 and h2 (unless the page brings its own), and every link given
 * the description a screen reader announces.
 */
final class PrintableXhtml {

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String LANGUAGE = "en-GB";

    private static final Pattern ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final List<String> XML_ENTITIES = List.of("amp", "lt", "gt", "quot", "apos");
    private static final Map<String, String> HTML_ENTITIES = htmlEntities();

    private final Document document;

    private PrintableXhtml(Document document) {
        this.document = document;
    }

    /** Reads a well-formed XHTML page; HTML's named entities (&amp;nbsp; ...) are read as the characters they name. */
    static PrintableXhtml read(String xhtml) {
        if (xhtml == null || xhtml.isBlank()) {
            throw new IllegalArgumentException("There is no page to print: the XHTML is empty.");
        }
        try {
            DocumentBuilder builder = builder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            Document document = builder.parse(new InputSource(new StringReader(numericEntities(xhtml))));
            Element root = document.getDocumentElement();
            if (!"html".equals(root.getLocalName()) || child(root, "body") == null) {
                throw new IllegalArgumentException("The page to print is not a complete XHTML document: it needs an html element with a body.");
            }
            return new PrintableXhtml(document);
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("The page to print is not well-formed XHTML (line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + "): " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("The page to print could not be read as XHTML: " + e.getMessage(), e);
        }
    }

    Document prepare(String title, String stylesheet) {
        Element html = document.getDocumentElement();
        if (html.getAttribute("lang").isBlank()) {
            html.setAttribute("lang", LANGUAGE);
        }
        Element head = child(html, "head");
        if (head == null) {
            head = document.createElementNS(XHTML, "head");
            html.insertBefore(head, html.getFirstChild());
        }
        setTitle(head, title);
        Element style = document.createElementNS(XHTML, "style");
        style.setTextContent(stylesheet);
        head.insertBefore(style, head.getFirstChild());
        if (child(head, "bookmarks") == null) {
            addBookmarks(head);
        }
        describeLinks();
        return document;
    }

    private void setTitle(Element head, String title) {
        Element element = child(head, "title");
        if (element == null) {
            element = document.createElementNS(XHTML, "title");
            head.appendChild(element);
        }
        element.setTextContent(title);
    }

    private void addBookmarks(Element head) {
        Element bookmarks = document.createElementNS(XHTML, "bookmarks");
        Set<String> ids = all().stream().map(element -> element.getAttribute("id")).collect(Collectors.toSet());
        Element chapter = null;
        int generated = 0;
        for (Element heading : headings()) {
            String id = heading.getAttribute("id");
            if (id.isBlank()) {
                do {
                    id = "print-heading-" + ++generated;
                } while (!ids.add(id));
                heading.setAttribute("id", id);
            }
            Element bookmark = document.createElementNS(XHTML, "bookmark");
            bookmark.setAttribute("name", words(heading));
            bookmark.setAttribute("href", "#" + id);
            if ("h1".equals(heading.getLocalName()) || chapter == null) {
                bookmarks.appendChild(bookmark);
                chapter = "h1".equals(heading.getLocalName()) ? bookmark : null;
            } else {
                chapter.appendChild(bookmark);
            }
        }
        if (bookmarks.hasChildNodes()) {
            head.appendChild(bookmarks);
        }
    }

    private List<Element> headings() {
        return all().stream().filter(element -> "h1".equals(element.getLocalName()) || "h2".equals(element.getLocalName())).toList();
    }

    private void describeLinks() {
        for (Element element : all()) {
            if ("a".equals(element.getLocalName()) && element.hasAttribute("href") && element.getAttribute("title").isBlank()) {
                String words = words(element);
                element.setAttribute("title", words.isEmpty() ? element.getAttribute("href") : words);
            }
        }
    }

    private List<Element> all() {
        NodeList nodes = document.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String words(Element element) {
        return element.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static String numericEntities(String xhtml) {
        Matcher matcher = ENTITY.matcher(xhtml);
        StringBuilder out = new StringBuilder(xhtml.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String character = XML_ENTITIES.contains(name) ? null : HTML_ENTITIES.get(name);
            String replacement = character == null ? matcher.group() : "&#" + character.codePointAt(0) + ";";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }

    private static Map<String, String> htmlEntities() {
        Map<String, String> entities = new HashMap<>();
        List.of(EntityArrays.ISO8859_1_UNESCAPE, EntityArrays.HTML40_EXTENDED_UNESCAPE).forEach(table -> table.forEach(
                (entity, character) -> entities.put(entity.toString().substring(1, entity.length() - 1), character.toString())));
        return Map.copyOf(entities);
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a safety feature", e);
        }
    }
}
