package org.scrutineer.agenda;

import java.util.List;

import org.scrutineer.meeting.MeetingDocuments;
import org.scrutineer.publishing.PublishedDocument;
import org.springframework.stereotype.Component;

/** The agenda pack and its supplements, as the meeting's public page lists them, with the address of each PDF. */
@Component
class AgendaDocumentList implements MeetingDocuments {

    private final AgendaDocuments documents;

    AgendaDocumentList(AgendaDocuments documents) {
        this.documents = documents;
    }

    @Override
    public List<Listed> publishedFor(long meetingId) {
        return documents.documents(meetingId).stream().map(d -> new Listed(d.title(), pdfPath(meetingId, d), d.publishedAt(), d.pdfSize(),
                d.version())).toList();
    }

    static String pdfPath(long meetingId, PublishedDocument document) {
        return document.series().endsWith("/agenda") ? "/meetings/" + meetingId + "/agenda.pdf"
                : "/meetings/" + meetingId + "/supplement/" + document.series().substring(document.series().lastIndexOf('-') + 1) + ".pdf";
    }
}
