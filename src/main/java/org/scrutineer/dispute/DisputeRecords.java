package org.scrutineer.dispute;

import org.scrutineer.web.NotFound;
import org.springframework.stereotype.Component;

/** Loads a dispute for the process's delegates and listeners. */
@Component
class DisputeRecords {

    private final DisputeRepository disputes;

    DisputeRecords(DisputeRepository disputes) {
        this.disputes = disputes;
    }

    Dispute get(long id) {
        return disputes.findById(id).orElseThrow(() -> NotFound.withId("dispute", id));
    }

    Dispute save(Dispute dispute) {
        return disputes.save(dispute);
    }
}
