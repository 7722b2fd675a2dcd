package org.scrutineer.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;

/**
 * Meetings, reports and documents for the report tests. It is Monday 1 March 2027; each test gets
 * a meeting of its own on Tuesday 23 March 2027 at 2pm, whose reports are due on Thursday 11 March
 * and whose agenda is published on Monday 15 March.
 */
final class ReportFixtures {

    static final Instant FIRST_OF_MARCH = Instant.parse("2027-03-01T09:00:00Z");

    private ReportFixtures() {
    }

    static ScheduledMeeting meeting(MeetingService meetings, AppClock clock) {
        clock.freezeAt(FIRST_OF_MARCH);
        return meetings.schedule("cyp", LocalDateTime.parse("2027-03-23T14:00"), null);
    }

    static ReportRegistrationRequest request(long meetingId, String title, ReportRegistrationRequest.Implications flags) {
        return new ReportRegistrationRequest(meetingId, title, "Director of Children's Services", "open", null, "non-key",
                List.of("All wards"), flags, false);
    }

    static ReportRegistrationRequest.Implications flags(boolean resource, boolean legal, boolean procurement, boolean equality, boolean risk) {
        return new ReportRegistrationRequest.Implications(resource, legal, procurement, equality, risk);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] docx(String text) {
        return zip("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>");
    }

    /**
     * A small archive shaped like a Word document whose {@code word/media/zeros.bin} unpacks to
     * {@code unpackedBytes} of zeros: a ZIP bomb.
     */
    static byte[] zipBomb(long unpackedBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < unpackedBytes; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, unpackedBytes - written));
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A Word document of {@code parts} tiny parts. */
    static byte[] docxOfParts(int parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i < parts; i++) {
                zip.putNextEntry(new ZipEntry("word/media/image" + i + ".png"));
                zip.write(i);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] zip(String entry, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
