package org.scrutineer.meeting;

import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.notification.MailSettings;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /committees/{id}/documents.atom}: an Atom feed (RFC 4287) of the documents published for the
 * committee's meetings from a year ago on, newest first: each agenda pack, supplement and set of
 * minutes at its latest version, updated when a new version is published.
 */
@RestController
class MeetingDocumentFeedController {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final int MOST_ENTRIES = 200;

    private record Entry(ScheduledMeeting meeting, MeetingDocuments.Listed document) {
    }

    private final MeetingService meetings;
    private final Committees committees;
    private final List<MeetingDocuments> documents;
    private final DateWords words;
    private final MailSettings links;
    private final Clock clock;

    MeetingDocumentFeedController(MeetingService meetings, Committees committees, List<MeetingDocuments> documents, DateWords words,
                                  MailSettings links, Clock clock) {
        this.meetings = meetings;
        this.committees = committees;
        this.documents = documents;
        this.words = words;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/committees/{id}/documents.atom")
    ResponseEntity<String> feed(@PathVariable String id) throws XMLStreamException {
        Committee committee = committees.get(id);
        List<Entry> entries = meetings.forFeeds(committee.id()).stream()
                .flatMap(m -> documents.stream().flatMap(d -> d.publishedFor(m.id()).stream()).map(d -> new Entry(m, d)))
                .sorted(Comparator.comparing((Entry e) -> e.document().publishedAt()).reversed()).limit(MOST_ENTRIES).toList();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8")).body(atom(committee, entries));
    }

    private String atom(Committee committee, List<Entry> entries) throws XMLStreamException {
        String site = links.publicUrl();
        String self = site + "/committees/" + committee.id() + "/documents.atom";
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        text(xml, "id", self);
        text(xml, "title", committee.name() + ": published documents");
        text(xml, "updated", time(entries.isEmpty() ? clock.instant() : entries.get(0).document().publishedAt()));
        link(xml, "self", self, "application/atom+xml");
        link(xml, "alternate", site + "/", "text/html");
        xml.writeStartElement("author");
        text(xml, "name", committee.contactOfficer() == null ? committee.name() : committee.contactOfficer().role());
        xml.writeEndElement();
        for (Entry entry : entries) {
            MeetingDocuments.Listed document = entry.document();
            String address = site + document.path();
            xml.writeStartElement("entry");
            text(xml, "id", address);
            text(xml, "title", document.title() + ", " + committee.name() + ", " + words.date(entry.meeting().startsAt().toLocalDate()));
            text(xml, "updated", time(document.publishedAt()));
            text(xml, "published", time(document.versions().isEmpty() ? document.publishedAt() : document.versions().get(0).publishedAt()));
            link(xml, "alternate", document.pagePath() == null ? address : site + document.pagePath(), document.pagePath() == null ? "application/pdf" : "text/html");
            link(xml, "enclosure", address, "application/pdf");
            link(xml, "related", site + "/meetings/" + entry.meeting().id(), "text/html");
            text(xml, "summary", (document.note() == null || document.note().isBlank() ? "" : document.note() + " ")
                    + "Version " + Math.max(1, document.versions().size()) + ", published " + words.dateAtTime(document.publishedAt()) + ".");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", URI.create(href).toString());
        xml.writeAttribute("type", type);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
