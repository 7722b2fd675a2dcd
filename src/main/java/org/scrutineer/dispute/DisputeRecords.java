package org.scrutineer.dispute;

import org.scrutineer.web.NotFound;
import org.scrutineer.web.ProcessRecords;
import org.springframework.stereotype.Component;

/** Finds the dispute a process instance is about, from its {@code disputeId} variable, or by its id. */
@Component
class DisputeRecords extends ProcessRecords<Dispute> {

    DisputeRecords(DisputeRepository disputes) {
        super("disputeId", disputes, id -> NotFound.withId("dispute", id));
    }
}
