package org.scrutineer.agenda;

import java.util.List;

import org.scrutineer.meeting.MeetingDocuments;
import org.scrutineer.publishing.PublishedDocument;
import org.scrutineer.publishing.PublishedDocuments;
import org.springframework.stereotype.Component;

/**
 * The agenda pack and its supplements, as the meeting's page and the agenda's page list them: each
 * PDF's address, a supplement's web page, and every version.
 */
@Component
class AgendaDocumentList implements MeetingDocuments {

    private final AgendaDocuments documents;
    private final PublishedDocuments published;

    AgendaDocumentList(AgendaDocuments documents, PublishedDocuments published) {
        this.documents = documents;
        this.published = published;
    }

    @Override
    public List<Listed> publishedFor(long meetingId) {
        return documents.documents(meetingId).stream().map(d -> {
            String path = pdfPath(meetingId, d);
            String page = path.endsWith("/agenda.pdf") ? null : path.substring(0, path.length() - ".pdf".length());
            List<Version> versions = published.versions(d.series()).stream()
                    .map(v -> new Version(v.version(), v.publishedAt(), path + "?version=" + v.version())).toList();
            return new Listed(d.title(), path, page, d.note(), d.publishedAt(), d.pdfSize(), versions);
        }).toList();
    }

    private static String pdfPath(long meetingId, PublishedDocument document) {
        return document.series().endsWith("/agenda") ? "/meetings/" + meetingId + "/agenda.pdf"
                : "/meetings/" + meetingId + "/supplement/" + document.series().substring(document.series().lastIndexOf('-') + 1) + ".pdf";
    }
}
