package org.scrutineer.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutineerTest
class PublishedDocumentsTest {

    private static final Instant PUBLISHED = Instant.parse("2027-01-06T17:30:00.123456Z");

    @Autowired PublishedDocuments documents;
    @Autowired AppClock clock;

    private final String meeting = "meeting-" + UUID.randomUUID() + "/";

    @BeforeEach
    void frozenClock() {
        clock.freezeAt(PUBLISHED);
    }

    @AfterEach
    void runningClock() {
        clock.reset();
    }

    @Test
    void theFirstPublicationIsVersionOneWithItsBytesTheirHashesSizesAndTheTimeOfTheClock() throws Exception {
        byte[] pdf = "%PDF-1.7 agenda".getBytes(StandardCharsets.US_ASCII);

        PublishedDocument agenda = documents.publish(new DocumentDraft(meeting + "agenda", "Agenda: 14 January 2027", null, "abc", pdf));

        assertThat(agenda.version()).isEqualTo(1);
        assertThat(agenda.series()).isEqualTo(meeting + "agenda");
        assertThat(agenda.title()).isEqualTo("Agenda: 14 January 2027");
        assertThat(agenda.note()).isNull();
        assertThat(agenda.publishedAt()).isEqualTo(PUBLISHED);
        assertThat(agenda.htmlSha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(agenda.pdfSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(agenda.htmlSize()).isEqualTo(3);
        assertThat(agenda.pdfSize()).isEqualTo(pdf.length);

        PublishedDocument stored = documents.version(meeting + "agenda", 1).orElseThrow();
        assertThat(stored.id()).isEqualTo(agenda.id());
        assertThat(stored.publishedAt()).isEqualTo(PUBLISHED);
        assertThat(stored.html()).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
        assertThat(stored.pdf()).isEqualTo(pdf);
        assertThat(stored.pdfSha256()).isEqualTo(agenda.pdfSha256());
        assertThat(documents.latest(meeting + "agenda")).contains(agenda);
        assertThat(documents.version(meeting + "agenda", 2)).isEmpty();
        assertThat(documents.latest(meeting + "minutes")).isEmpty();
    }

    @Test
    void aCorrectionIsVersionTwoWithItsNoteAndVersionOneStaysAsItWasPublished() {
        byte[] firstPdf = "%PDF-1.7 first".getBytes(StandardCharsets.US_ASCII);
        PublishedDocument first = documents.publish(new DocumentDraft(meeting + "minutes", "Minutes", null, "<p>Draft one</p>", firstPdf));
        first.pdf()[0] = 'X';
        clock.advance(Duration.ofDays(2));

        PublishedDocument second = documents.publish(new DocumentDraft(meeting + "minutes", "Minutes", "Corrects the name of the vice-chair",
                "<p>Draft two</p>", "%PDF-1.7 second".getBytes(StandardCharsets.US_ASCII)));

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.note()).isEqualTo("Corrects the name of the vice-chair");
        assertThat(second.publishedAt()).isEqualTo(PUBLISHED.plus(Duration.ofDays(2)));
        PublishedDocument firstAgain = documents.version(meeting + "minutes", 1).orElseThrow();
        assertThat(firstAgain.pdf()).isEqualTo(firstPdf);
        assertThat(firstAgain.html()).isEqualTo("<p>Draft one</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(firstAgain.pdfSha256()).isEqualTo(first.pdfSha256()).isNotEqualTo(second.pdfSha256());
        assertThat(firstAgain.htmlSha256()).isEqualTo(first.htmlSha256());
        assertThat(firstAgain.publishedAt()).isEqualTo(PUBLISHED);
        assertThat(documents.versions(meeting + "minutes")).extracting(PublishedDocument::version).containsExactly(1, 2);
        assertThat(documents.latest(meeting + "minutes")).contains(second);
    }

    @Test
    void aSecondVersionWithoutANoteIsRefusedAndNothingIsPublished() {
        documents.publish(new DocumentDraft(meeting + "agenda", "Agenda", null, "<p>Agenda</p>", new byte[] {1}));

        assertThatThrownBy(() -> documents.publish(new DocumentDraft(meeting + "agenda", "Agenda", " ", "<p>Agenda</p>", new byte[] {2})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Version 2 of " + meeting + "agenda needs a note saying what changed.");
        assertThatThrownBy(() -> documents.publish(new DocumentDraft(meeting + "agenda", " ", "Typo", "<p>Agenda</p>", new byte[] {2})))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A published document needs a title.");
        assertThatThrownBy(() -> documents.publish(new DocumentDraft(meeting + "agenda", "Agenda", "Typo", "<p>Agenda</p>", new byte[0])))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The document " + meeting + "agenda has no PDF to publish.");
        assertThat(documents.versions(meeting + "agenda")).hasSize(1);
    }

    @Test
    void theLatestOfEachSeriesUnderAMeetingComesInTheOrderItWasFirstPublished() {
        String other = meeting.replace("/", "0/");
        String lookalike = meeting.replace("-", "X");
        documents.publish(new DocumentDraft(meeting + "agenda", "Agenda", null, "<p>1</p>", new byte[] {1}));
        documents.publish(new DocumentDraft(meeting + "supplement-1", "Supplement 1", null, "<p>1</p>", new byte[] {1}));
        documents.publish(new DocumentDraft(other + "agenda", "Another meeting's agenda", null, "<p>1</p>", new byte[] {1}));
        documents.publish(new DocumentDraft(lookalike + "agenda", "A look-alike meeting's agenda", null, "<p>1</p>", new byte[] {1}));
        documents.publish(new DocumentDraft(meeting + "agenda", "Agenda", "Adds item 5", "<p>2</p>", new byte[] {2}));
        documents.publish(new DocumentDraft(meeting + "minutes", "Minutes", null, "<p>1</p>", new byte[] {1}));

        assertThat(documents.latestUnder(meeting))
                .extracting(document -> document.series().substring(meeting.length()) + " v" + document.version())
                .containsExactly("agenda v2", "supplement-1 v1", "minutes v1");
        String underscored = meeting.replace("-", "_");
        assertThat(documents.latestUnder(underscored)).isEmpty();
    }
}
