package org.scrutineer.report;

import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Shows the author what was asked, and notes how many versions there were, so a new one can be required. */
@Component("prefillRevision")
class PrefillRevision implements TaskListener {

    private final ReportRecords records;

    PrefillRevision(ReportRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        Report report = records.of(task);
        task.setVariableLocal("versionsBefore", report.getVersions().size());
        String asked;
        ProcessVariables input = ProcessVariables.of(task);
        if (input.text("returnedBy").filter("director"::equals).isPresent()) {
            asked = "The director returned the report: " + input.text("approvalComments").orElse("");
        } else {
            asked = report.latestSignOffs().values().stream().flatMap(Optional::stream).filter(s -> !s.isApproval())
                    .map(s -> s.getReviewerRole().title() + " (" + s.getReviewerName() + "): " + s.getComments())
                    .collect(Collectors.joining("\n"));
        }
        task.setVariableLocal("changesAsked", asked);
    }
}
