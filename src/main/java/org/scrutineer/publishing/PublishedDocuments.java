package org.scrutineer.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of published documents. Publishing freezes a new version of a series; nothing here
 * changes or removes a version once it is published.
 */
@Service
public class PublishedDocuments {

    static final int SERIES_LENGTH = 200;
    static final int TITLE_LENGTH = 300;
    static final int NOTE_LENGTH = 2000;

    private final PublishedVersionRepository versions;
    private final PublishedFileRepository files;
    private final Clock clock;

    PublishedDocuments(PublishedVersionRepository versions, PublishedFileRepository files, Clock clock) {
        this.versions = versions;
        this.files = files;
        this.clock = clock;
    }

    /** Freezes a new version of the series (1 for the first, then 2, 3 ...): its bytes, their SHA-256 (hex, lower case), sizes, and the publication time from the app's Clock bean. */
    @Transactional
    public PublishedDocument publish(DocumentDraft draft) {
        requireComplete(draft);
        int number = versions.findFirstBySeriesOrderByVersionDesc(draft.series()).map(latest -> latest.version() + 1).orElse(1);
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        if (number > 1 && note == null) {
            throw new IllegalArgumentException("Version " + number + " of " + draft.series() + " needs a note saying what changed.");
        }
        byte[] html = draft.html().getBytes(StandardCharsets.UTF_8);
        PublishedVersion version = versions.saveAndFlush(new PublishedVersion(draft.series(), number, draft.title().strip(), note,
                clock.instant().truncatedTo(ChronoUnit.MICROS), html, draft.pdf()));
        PublishedFile file = new PublishedFile(version.id(), html, draft.pdf());
        files.save(file);
        return new PublishedDocument(version, file);
    }

    @Transactional(readOnly = true)
    public Optional<PublishedDocument> latest(String series) {
        return versions.findFirstBySeriesOrderByVersionDesc(series).map(this::document);
    }

    @Transactional(readOnly = true)
    public Optional<PublishedDocument> version(String series, int version) {
        return versions.findBySeriesAndVersion(series, version).map(this::document);
    }

    /** The version asked for, or the latest when none is. */
    @Transactional(readOnly = true)
    public Optional<PublishedDocument> find(String series, Integer version) {
        return version == null ? latest(series) : version(series, version);
    }

    /** Every version of the series, oldest first. */
    @Transactional(readOnly = true)
    public List<PublishedDocument> versions(String series) {
        return versions.findBySeriesOrderByVersionAsc(series).stream().map(this::document).toList();
    }

    /** The latest version of each series whose name starts with the prefix (e.g. "meeting-12/"), ordered by first publication. */
    @Transactional(readOnly = true)
    public List<PublishedDocument> latestUnder(String seriesPrefix) {
        if (seriesPrefix == null) {
            throw new IllegalArgumentException("Say which series to list: a prefix such as \"meeting-12/\".");
        }
        Map<String, PublishedVersion> latest = new LinkedHashMap<>();
        for (PublishedVersion version : versions.findBySeriesStartingWithOrderByIdAsc(seriesPrefix)) {
            latest.merge(version.series(), version, (kept, found) -> found.version() > kept.version() ? found : kept);
        }
        return latest.values().stream().map(this::document).toList();
    }

    private PublishedDocument document(PublishedVersion version) {
        return new PublishedDocument(version, id -> files.findById(id)
                .orElseThrow(() -> new IllegalStateException("The bytes of published document " + id + " are missing")));
    }

    private static void requireComplete(DocumentDraft draft) {
        if (draft == null) {
            throw new IllegalArgumentException("There is no document to publish.");
        }
        requireText(draft.series(), "series", SERIES_LENGTH);
        requireText(draft.title(), "title", TITLE_LENGTH);
        if (draft.note() != null && draft.note().strip().length() > NOTE_LENGTH) {
            throw new IllegalArgumentException("The note of what changed is longer than " + NOTE_LENGTH + " characters.");
        }
        if (draft.html() == null || draft.html().isBlank()) {
            throw new IllegalArgumentException("The document " + draft.series() + " has no HTML page to publish.");
        }
        if (draft.pdf() == null || draft.pdf().length == 0) {
            throw new IllegalArgumentException("The document " + draft.series() + " has no PDF to publish.");
        }
    }

    private static void requireText(String value, String what, int length) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A published document needs a " + what + ".");
        }
        if (value.length() > length) {
            throw new IllegalArgumentException("The document's " + what + " is longer than " + length + " characters.");
        }
    }
}
