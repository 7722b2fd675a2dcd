package org.scrutineer.action;

import java.time.Clock;

import org.scrutineer.notification.MailSettings;
import org.scrutineer.web.LinkSignatures;
import org.springframework.stereotype.Component;

/**
 * The link in a partner's email, through which they answer an action without signing in. It is
 * signed for the action and its round: answering, or a new link, starts the next round, so a link
 * works once. It also stops working when it expires.
 */
@Component
class ActionLinks {

    /** What a link presented to the answer page turns out to be. */
    enum Check { VALID, FORGED, USED, EXPIRED, CLOSED }

    private final LinkSignatures signatures;
    private final MailSettings mail;
    private final Clock clock;

    ActionLinks(LinkSignatures signatures, MailSettings mail, Clock clock) {
        this.signatures = signatures;
        this.mail = mail;
        this.clock = clock;
    }

    String answerUrl(TrackedAction action) {
        return mail.publicUrl() + "/actions/" + action.getId() + "/respond?token=" + token(action.getId(), action.getLinkRound());
    }

    Check check(TrackedAction action, String token) {
        if (!action.isExternal() || token == null || token.length() > 100) {
            return Check.FORGED;
        }
        if (signatures.verifies(subject(action.getId(), action.getLinkRound()), token)) {
            if (action.getClosedOn() != null || action.isAnswered()) {
                return Check.CLOSED;
            }
            if (action.getLinkExpiresAt() == null) {
                return Check.FORGED;
            }
            return clock.instant().isBefore(action.getLinkExpiresAt()) ? Check.VALID : Check.EXPIRED;
        }
        for (int round = action.getLinkRound() - 1; round >= 0; round--) {
            if (signatures.verifies(subject(action.getId(), round), token)) {
                return Check.USED;
            }
        }
        return Check.FORGED;
    }

    private String token(long actionId, int round) {
        return signatures.sign(subject(actionId, round));
    }

    private static String subject(long actionId, int round) {
        return "action:" + actionId + ":" + round;
    }
}
