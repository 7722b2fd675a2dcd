package org.scrutineer.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.notification.MailSettings;
import org.scrutineer.notification.Outbox;
import org.scrutineer.web.EmailAddresses;
import org.scrutineer.web.LinkSignatures;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.scrutineer.web.SiteSettings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emails about a committee for whoever asks for them, with double opt-in: the address gets only a
 * confirmation link until it is followed. Confirmed subscribers are emailed, through the outbox,
 * when an agenda, a supplement or minutes are published and when a meeting moves or is cancelled,
 * each mail with a one-click unsubscribe link. Unsubscribing erases the address.
 */
@Service
public class CommitteeAlerts {

    static final String CONFIRMATION = "alert-confirmation";
    static final String ALERT = "committee-alert";
    private static final List<String> KINDS = List.of(CONFIRMATION, ALERT);

    private final CommitteeSubscriptionRepository subscriptions;
    private final Committees committees;
    private final MeetingService meetings;
    private final Outbox outbox;
    private final LinkSignatures signatures;
    private final MailSettings mail;
    private final SiteSettings site;
    private final DateWords words;
    private final Clock clock;

    CommitteeAlerts(CommitteeSubscriptionRepository subscriptions, Committees committees, MeetingService meetings, Outbox outbox,
                    LinkSignatures signatures, MailSettings mail, SiteSettings site, DateWords words, Clock clock) {
        this.subscriptions = subscriptions;
        this.committees = committees;
        this.meetings = meetings;
        this.outbox = outbox;
        this.signatures = signatures;
        this.mail = mail;
        this.site = site;
        this.words = words;
        this.clock = clock;
    }

    /** Asks for emails about the committee: a confirmation link goes to the address, unless it is confirmed already. */
    @Transactional
    public void ask(String committeeId, String typed) {
        Committee committee = committees.get(committeeId);
        if (!EmailAddresses.looksValid(typed)) {
            throw Refusal.invalid("email", typed == null || typed.isBlank() ? "Enter your email address"
                    : "Enter an email address in the right form, like name@example.com");
        }
        String email = typed.strip().toLowerCase(Locale.ROOT);
        CommitteeSubscription subscription = subscriptions.findByCommitteeIdAndEmail(committee.id(), email)
                .orElseGet(() -> subscriptions.save(new CommitteeSubscription(committee.id(), email, clock.instant())));
        if (subscription.isConfirmed()) {
            return;
        }
        outbox.enqueue(email, "meeting/mail/alert-confirmation", Map.of("committee", committee.name(), "council", site.getCouncilName(),
                "confirmUrl", mail.publicUrl() + "/alerts/" + subscription.getId() + "/confirm/" + signatures.sign(confirmSubject(subscription))), CONFIRMATION);
    }

    /** Confirms the address the link was sent to, and answers the committee's name; a link that is not one is not found. */
    @Transactional
    public String confirm(long id, String token) {
        CommitteeSubscription subscription = confirmable(id, token);
        subscription.confirm(clock.instant());
        return committees.find(subscription.getCommitteeId()).map(Committee::name).orElse(subscription.getCommitteeId());
    }

    /** The subscription a confirmation link is for; a link that is not one, or whose address was erased, is not found. */
    @Transactional(readOnly = true)
    CommitteeSubscription confirmable(long id, String token) {
        return subscriptions.findById(id).filter(s -> signatures.verifies(confirmSubject(s), token))
                .orElseThrow(() -> new NotFound("This confirmation link is not valid. It may have been copied wrongly, or the address "
                        + "was unsubscribed or not confirmed in time"));
    }

    /** Whether the unsubscribe link is one this service gave out, for a subscription that may already have ended. */
    public boolean isUnsubscribeLink(long id, String token) {
        return signatures.verifies(unsubscribeSubject(id), token);
    }

    /** Stops the emails and erases the address, here and in the outbox; answers what was stopped, if it was still running. */
    @Transactional
    public Optional<String> unsubscribe(long id, String token) {
        if (!isUnsubscribeLink(id, token)) {
            throw new NotFound("This unsubscribe link is not valid. It may have been copied wrongly");
        }
        return subscriptions.findById(id).map(subscription -> {
            subscriptions.delete(subscription);
            outbox.forget(subscription.getEmail(), KINDS);
            return committees.find(subscription.getCommitteeId()).map(Committee::name).orElse(subscription.getCommitteeId());
        });
    }

    /** Erases the addresses whose confirmation link was not followed in time; answers how many. */
    @Transactional
    public int forgetUnconfirmed(java.time.Duration keptFor) {
        List<CommitteeSubscription> stale = subscriptions.findByConfirmedAtIsNullAndCreatedAtBefore(clock.instant().minus(keptFor));
        for (CommitteeSubscription subscription : stale) {
            subscriptions.delete(subscription);
            outbox.forget(subscription.getEmail(), KINDS);
        }
        return stale.size();
    }

    @EventListener
    void documentPublished(MeetingDocumentPublished published) {
        ScheduledMeeting meeting = meetings.get(published.meetingId());
        String subject = published.title() + (published.version() > 1 ? " (version " + published.version() + ")" : "");
        tell(meeting, subject, published.title() + " is published" + (published.version() > 1 ? " as version " + published.version() : "")
                + " for the meeting on " + words.dateAtTime(meeting.startsAt()) + "." + (published.note() == null ? "" : " " + published.note()));
    }

    @EventListener
    void meetingMoved(MeetingRescheduled moved) {
        if (moved.previousStartsAt() == null || moved.previousStartsAt().equals(moved.startsAt())) {
            return;
        }
        ScheduledMeeting meeting = meetings.get(moved.meetingId());
        tell(meeting, "The " + meeting.committee().name() + " meeting has moved to " + words.dateAtTime(moved.startsAt()),
                "The meeting on " + words.dateAtTime(moved.previousStartsAt()) + " has moved to " + words.dateAtTime(moved.startsAt())
                        + (meeting.venue() == null || meeting.venue().isBlank() ? "." : ", at " + meeting.venue() + "."));
    }

    @EventListener
    void meetingCancelled(MeetingCancelled cancelled) {
        ScheduledMeeting meeting = meetings.get(cancelled.meetingId());
        tell(meeting, "The " + meeting.committee().name() + " meeting on " + words.date(meeting.startsAt().toLocalDate()) + " is cancelled",
                "The meeting on " + words.dateAtTime(meeting.startsAt()) + " is cancelled." + (cancelled.reason() == null ? "" : " " + cancelled.reason()));
    }

    private void tell(ScheduledMeeting meeting, String subject, String what) {
        String meetingUrl = mail.publicUrl() + "/meetings/" + meeting.id();
        for (CommitteeSubscription subscriber : subscriptions.findByCommitteeIdAndConfirmedAtIsNotNullOrderById(meeting.committee().id())) {
            String unsubscribe = mail.publicUrl() + "/alerts/" + subscriber.getId() + "/unsubscribe/" + signatures.sign(unsubscribeSubject(subscriber.getId()));
            outbox.enqueueUnsubscribable(subscriber.getEmail(), "meeting/mail/alert", Map.of("subject", subject, "what", what,
                    "meetingUrl", meetingUrl, "committee", meeting.committee().name(), "unsubscribeUrl", unsubscribe), ALERT, unsubscribe);
        }
    }

    private static String confirmSubject(CommitteeSubscription subscription) {
        return "alert-confirm:" + subscription.getId() + ":" + subscription.getEmail();
    }

    private static String unsubscribeSubject(long id) {
        return "alert-unsubscribe:" + id;
    }
}
