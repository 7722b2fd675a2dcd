package org.scrutineer.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** A revision needs a new version of the document; then the report goes back to whoever asked for changes. */
@Component("checkRevision")
class CheckRevision implements TaskListener {

    private final ReportRecords records;

    CheckRevision(ReportRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        Report report = records.of(task);
        ProcessVariables input = ProcessVariables.of(task);
        long before = input.number("versionsBefore").orElseThrow();
        if (report.getVersions().size() <= before) {
            throw new EngineRuleRefusal("Upload a new version of the report before sending it back");
        }
        report.moveTo(input.text("returnedBy").filter("director"::equals).isPresent() ? ReportStatus.AWAITING_APPROVAL : ReportStatus.IN_REVIEW);
    }
}
