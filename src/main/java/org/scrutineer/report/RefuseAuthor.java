package org.scrutineer.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The author never signs off their own report: refuses to give a review or the approval to the
 * report's author, and refuses its completion by the author, whatever groups they are in. The
 * approval must also be completed by a signed-in director; a review is signed by the signed-in
 * user or, failing one, the reviewer it is assigned to, as {@link CheckReview} names the signer.
 */
@Component("refuseAuthor")
class RefuseAuthor implements TaskListener {

    static final String APPROVAL_REFUSED = "You wrote this report, so you cannot approve it. Another director must approve it";
    static final String APPROVAL_UNSIGNED = "A report can only be approved by a signed-in director";

    private final StaffNames staff;

    RefuseAuthor(StaffNames staff) {
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        String author = ProcessVariables.of(task).text("author").orElse("");
        boolean review = "reviewReport".equals(task.getTaskDefinitionKey());
        String person;
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            person = task.getAssignee();
        } else if (review) {
            person = staff.actingUser().orElse(task.getAssignee());
        } else {
            person = staff.actingUser().orElseThrow(() -> new EngineRuleRefusal(APPROVAL_UNSIGNED));
        }
        if (author.equals(person)) {
            throw new EngineRuleRefusal(review ? reviewRefused(task) : APPROVAL_REFUSED);
        }
    }

    static String reviewRefused(ReviewerRole role) {
        return "You wrote this report, so you cannot review it. Another " + role.title() + " reviewer must review it";
    }

    private static String reviewRefused(DelegateTask task) {
        return ProcessVariables.of(task).choice("role", ReviewerRole::fromId).map(RefuseAuthor::reviewRefused)
                .orElse("You wrote this report, so you cannot review it");
    }
}
