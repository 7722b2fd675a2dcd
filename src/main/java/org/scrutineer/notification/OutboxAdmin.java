package org.scrutineer.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.scrutineer.identity.RestrictedProcesses;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff see of the outbox and the one thing they may do to it: try a failed message again.
 * A message about a process only some groups may see (an IRO dispute) is shown, counted and
 * retried only for those groups and administrators; for anyone else it is not there.
 */
@Service
public class OutboxAdmin {

    static final int PAGE = 100;
    /** An audience no message has (an audience is a comma-joined list of group ids), valid text for every database. */
    private static final List<String> NONE = List.of(",");

    private final OutboxRepository messages;
    private final RestrictedProcesses restricted;
    private final Clock clock;

    OutboxAdmin(OutboxRepository messages, RestrictedProcesses restricted, Clock clock) {
        this.messages = messages;
        this.restricted = restricted;
        this.clock = clock;
    }

    /** The newest messages {@code viewerGroups} may see, in {@code status} (any, if null), to addresses containing {@code to}. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> newestFirst(Collection<String> viewerGroups, OutboxStatus status, String to) {
        return messages.search(status, to == null ? "" : to.strip(), restricted.isAdministrator(viewerGroups),
                audiencesFor(viewerGroups), Limit.of(PAGE));
    }

    @Transactional(readOnly = true)
    public long count(Collection<String> viewerGroups, OutboxStatus status) {
        return messages.count(status, restricted.isAdministrator(viewerGroups), audiencesFor(viewerGroups));
    }

    /** Puts a FAILED message the viewer may see back in the queue; answers false if there is none. */
    @Transactional
    public boolean retry(Collection<String> viewerGroups, long id) {
        return messages.findById(id)
                .filter(m -> maySee(viewerGroups, m))
                .filter(m -> m.getStatus() == OutboxStatus.FAILED)
                .map(m -> {
                    m.retry(clock.instant());
                    return true;
                })
                .orElse(false);
    }

    private boolean maySee(Collection<String> viewerGroups, OutboxMessage message) {
        return restricted.isAdministrator(viewerGroups) || message.getAudience() == null
                || Set.of(message.getAudience().split(",")).stream().anyMatch(viewerGroups::contains);
    }

    private List<String> audiencesFor(Collection<String> viewerGroups) {
        List<String> visible = messages.audiences().stream()
                .filter(audience -> Set.of(audience.split(",")).stream().anyMatch(viewerGroups::contains))
                .toList();
        return visible.isEmpty() ? NONE : visible;
    }
}
