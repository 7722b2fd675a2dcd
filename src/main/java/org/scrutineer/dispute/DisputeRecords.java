package org.scrutineer.dispute;

import org.scrutineer.web.ProcessRecords;
import org.springframework.stereotype.Component;

/** Finds the dispute a process instance is about, from its {@code disputeId} variable, or by its id. */
@Component
class DisputeRecords extends ProcessRecords<Dispute> {

    DisputeRecords(DisputeRepository disputes) {
        super("disputeId", disputes, DisputeNotFoundException::new);
    }
}
