package org.scrutineer.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.EngineRuleRefusal;
import org.springframework.stereotype.Component;

/**
 * Refuses an empty or unknown choice of reviewers, an unknown named reviewer, the report's author
 * as a named reviewer, and a report that has no document to review yet.
 */
@Component("checkReviewers")
class CheckReviewers implements TaskListener {

    private final ReportRecords records;
    private final StaffNames staff;

    CheckReviewers(ReportRecords records, StaffNames staff) {
        this.records = records;
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewerChoice choice = ReviewerChoice.of(task);
        Report report = records.of(task);
        if (report.getVersions().isEmpty()) {
            throw new EngineRuleRefusal("The author has not uploaded the report yet. Reviewers can be approved once there is a document to review");
        }
        for (ReviewerRole role : choice.roles()) {
            String person = choice.namedReviewer(role).orElse("");
            if (!person.isEmpty() && staff.user(person).isEmpty()) {
                throw new EngineRuleRefusal("There is no user '" + person + "' to review for " + role.title());
            }
            if (person.equals(report.getAuthor())) {
                throw new EngineRuleRefusal(staff.nameOf(person) + " wrote this report, so they cannot review it. Name someone else to review for "
                        + role.title() + ", or leave the name empty for the " + role.title() + " reviewers");
            }
        }
    }
}
