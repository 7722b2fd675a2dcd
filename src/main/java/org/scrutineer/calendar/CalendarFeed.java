package org.scrutineer.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An iCalendar feed (RFC 5545) of events in London time, with the {@code VTIMEZONE} of
 * Europe/London, so that every calendar shows a meeting at the time the council set for it,
 * on either side of a change of the clocks.
 */
public final class CalendarFeed {

    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";
    private static final String LONDON = "Europe/London";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /**
     * One event: timed from {@code starts} to {@code ends} in London, or all day on {@code day}.
     * {@code sequence} rises with each change, so that a calendar replaces the event it holds.
     */
    public record Event(String uid, int sequence, LocalDateTime starts, LocalDateTime ends, LocalDate day, String summary,
                        String location, String description, URI url, boolean cancelled, Instant lastModified) {

        public static Event timed(String uid, int sequence, LocalDateTime starts, LocalDateTime ends, String summary) {
            return new Event(uid, sequence, starts, ends, null, summary, null, null, null, false, null);
        }

        public static Event allDay(String uid, LocalDate day, String summary) {
            return new Event(uid, 0, null, null, day, summary, null, null, null, false, null);
        }

        public Event at(String where) {
            return new Event(uid, sequence, starts, ends, day, summary, where, description, url, cancelled, lastModified);
        }

        public Event about(String text, URI link) {
            return new Event(uid, sequence, starts, ends, day, summary, location, text, link, cancelled, lastModified);
        }

        public Event cancelled(boolean isCancelled) {
            return new Event(uid, sequence, starts, ends, day, summary, location, description, url, isCancelled, lastModified);
        }

        public Event modified(Instant when) {
            return new Event(uid, sequence, starts, ends, day, summary, location, description, url, cancelled, when);
        }
    }

    private CalendarFeed() {
    }

    /** The feed named {@code name}, stamped {@code now}. */
    public static String write(String council, String name, List<Event> events, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//" + council + "//Scrutineer//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", LONDON));
        calendar.add(ZONES.getTimeZone(LONDON).getVTimeZone());
        for (Event event : events) {
            calendar.add(vevent(event, now));
        }
        return calendar.toString();
    }

    private static VEvent vevent(Event event, Instant now) {
        VEvent vevent = event.day() != null ? new VEvent(event.day(), event.summary())
                : new VEvent(event.starts().atZone(AppClock.LONDON), event.ends().atZone(AppClock.LONDON), event.summary());
        vevent.replace(new DtStamp(now));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (event.location() != null && !event.location().isBlank()) {
            vevent.add(new Location(event.location()));
        }
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        if (event.url() != null) {
            vevent.add(new Url(event.url()));
        }
        if (event.lastModified() != null) {
            vevent.add(new LastModified(event.lastModified()));
        }
        return vevent;
    }
}
