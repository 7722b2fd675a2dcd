package org.scrutineer.notification;

import java.time.Instant;
import java.util.List;

import org.scrutineer.identity.StaffGroups;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/outbox")
class OutboxApiController {

    record OutboxJson(long id, String to, String subject, String body, String kind, OutboxStatus status, int attempts,
                      Instant createdAt, Instant sentAt, String lastError) {

        static OutboxJson of(OutboxMessage m) {
            return new OutboxJson(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getKind(), m.getStatus(),
                    m.getAttempts(), m.getCreatedAt(), m.getSentAt(), m.getLastError());
        }
    }

    private final OutboxAdmin outbox;

    OutboxApiController(OutboxAdmin outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    List<OutboxJson> list(@RequestParam(required = false) OutboxStatus status, @RequestParam(required = false) String to,
                          Authentication viewer) {
        return outbox.newestFirst(StaffGroups.of(viewer), status, to).stream().map(OutboxJson::of).toList();
    }
}
