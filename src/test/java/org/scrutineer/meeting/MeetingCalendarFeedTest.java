package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The meetings in residents' calendars, read back as a calendar reads them: one event per meeting in
 * London time with its venue, link and question deadline; a move keeps the UID and raises the
 * SEQUENCE; a cancellation stays in the feed as cancelled.
 */
@ScrutineerTest
class MeetingCalendarFeedTest {

    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    @BeforeEach
    void march() {
        clock.freezeAt(Instant.parse("2027-03-01T09:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Calendar feed(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(response.getContentAsString()));
    }

    private static VEvent event(Calendar calendar, ScheduledMeeting meeting) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith("meeting-" + meeting.id() + "@"))
                .findFirst().orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void theFeedsCarryTheMeetingsFromAYearAgoOn() throws Exception {
        clock.freezeAt(Instant.parse("2025-12-01T09:00:00Z"));
        ScheduledMeeting overAYearAgo = meetings.schedule("cyp", LocalDateTime.parse("2026-02-24T18:00"), null);
        ScheduledMeeting withinTheYear = meetings.schedule("cyp", LocalDateTime.parse("2026-03-03T18:00"), null);
        clock.freezeAt(Instant.parse("2027-03-01T09:00:00Z"));

        for (String path : new String[] {"/meetings.ics", "/committees/cyp/meetings.ics"}) {
            List<String> uids = feed(path).<VEvent>getComponents("VEVENT").stream()
                    .map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
            assertThat(uids).as(path).anyMatch(uid -> uid.startsWith("meeting-" + withinTheYear.id() + "@"))
                    .noneMatch(uid -> uid.startsWith("meeting-" + overAYearAgo.id() + "@"));
        }
    }

    @Test
    void aMeetingIsAnEventInLondonTimeWithItsVenueLinkAndQuestionDeadline() throws Exception {
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2027-06-22T18:00"), "Committee Room 2, Town Hall");

        Calendar calendar = feed("/committees/cyp/meetings.ics");

        assertThat(calendar.getComponent("VTIMEZONE")).as("the feed carries Europe/London").isPresent();
        VEvent event = event(calendar, meeting);
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Children and Young People Scrutiny Committee");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        ZonedDateTime starts = ZonedDateTime.from(event.getStartDate().orElseThrow().getDate());
        assertThat(starts.toInstant()).as("6pm in London is 5pm UTC in summer").isEqualTo(Instant.parse("2027-06-22T17:00:00Z"));
        assertThat(ZonedDateTime.from(event.getEndDate().orElseThrow().getDate()).toInstant()).isEqualTo(Instant.parse("2027-06-22T19:00:00Z"));
        assertThat(value(event, Property.LOCATION)).isEqualTo("Committee Room 2, Town Hall");
        assertThat(value(event, Property.URL)).endsWith("/meetings/" + meeting.id());
        assertThat(value(event, Property.DESCRIPTION)).contains("Questions from the public must be received by 5pm on Wednesday 16 June 2027");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(event(feed("/meetings.ics"), meeting)).as("in the feed of every committee too").isNotNull();
    }

    @Test
    void aMovedMeetingKeepsItsUidAndRaisesItsSequenceAndACancelledOneShowsAsCancelled() throws Exception {
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2027-05-11T18:00"), null);
        String uid = value(event(feed("/committees/cyp/meetings.ics"), meeting), Property.UID);

        meetings.reschedule(meeting.id(), LocalDateTime.parse("2027-05-13T14:00"), null);
        VEvent moved = event(feed("/committees/cyp/meetings.ics"), meeting);
        assertThat(value(moved, Property.UID)).isEqualTo(uid);
        assertThat(value(moved, Property.SEQUENCE)).isEqualTo("1");
        assertThat(ZonedDateTime.from(moved.getStartDate().orElseThrow().getDate()).toInstant()).isEqualTo(Instant.parse("2027-05-13T13:00:00Z"));

        meetings.cancel(meeting.id(), "Too few items of business");
        VEvent cancelled = event(feed("/committees/cyp/meetings.ics"), meeting);
        assertThat(value(cancelled, Property.UID)).isEqualTo(uid);
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(cancelled, Property.DESCRIPTION)).contains("This meeting is cancelled. Too few items of business");
    }

    @Test
    void aCommitteeThatDoesNotExistIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/committees/nope/meetings.ics")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
