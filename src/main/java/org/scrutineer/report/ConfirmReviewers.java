package org.scrutineer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.ListVariable;
import org.springframework.stereotype.Component;

/**
 * The governance officer's choice of reviewers: either {@code reviewerRoles} as given through the
 * API (a list, however it is encoded), or the ticked checkboxes of the form. Refuses an empty or
 * unknown choice, an unknown named reviewer, the report's author as a named reviewer, and a report
 * that has no document to review yet.
 */
@Component("confirmReviewers")
class ConfirmReviewers implements TaskListener {

    private static final ListVariable REVIEWER_ROLES = ListVariable.named("reviewerRoles", "[\"governance\", \"finance\"]");

    private final ReportRecords records;
    private final StaffNames staff;

    ConfirmReviewers(ReportRecords records, StaffNames staff) {
        this.records = records;
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        List<ReviewerRole> roles = chosen(task);
        if (roles.isEmpty()) {
            throw new ProcessEngineException("Choose at least one reviewer role");
        }
        Report report = records.of(task);
        if (report.getVersions().isEmpty()) {
            throw new ProcessEngineException("The author has not uploaded the report yet. Reviewers can be approved once there is a document to review");
        }
        DelegateExecution execution = task.getExecution();
        for (ReviewerRole role : roles) {
            Object named = task.getVariable(role.namedReviewer());
            String person = named == null ? "" : named.toString().strip();
            if (!person.isEmpty() && staff.user(person).isEmpty()) {
                throw new ProcessEngineException("There is no user '" + person + "' to review for " + role.title());
            }
            if (person.equals(report.getAuthor())) {
                throw new ProcessEngineException(staff.nameOf(person) + " wrote this report, so they cannot review it. Name someone else to review for "
                        + role.title() + ", or leave the name empty for the " + role.title() + " reviewers");
            }
            execution.setVariable(role.namedReviewer(), person.isEmpty() ? null : person);
        }
        List<String> ids = roles.stream().map(ReviewerRole::id).toList();
        execution.setVariable("reviewerRoles", new ArrayList<>(ids));
        execution.setVariable("rolesToReview", new ArrayList<>(ids));
        report.chooseReviewers(roles);
    }

    private static List<ReviewerRole> chosen(DelegateTask task) {
        Optional<List<String>> given = REVIEWER_ROLES.texts(task);
        List<ReviewerRole> roles = new ArrayList<>();
        if (given.isPresent()) {
            for (String id : given.get()) {
                ReviewerRole role = ReviewerRole.fromId(id).orElseThrow(() -> new ProcessEngineException(
                        "'" + id + "' is not a reviewer role. Choose from governance, finance, legal, communications, equality, procurement and risk"));
                if (!roles.contains(role)) {
                    roles.add(role);
                }
            }
            return roles.stream().sorted().toList();
        }
        for (ReviewerRole role : ReviewerRole.values()) {
            if (Boolean.TRUE.equals(task.getVariable(role.checkbox()))) {
                roles.add(role);
            }
        }
        return roles;
    }
}
