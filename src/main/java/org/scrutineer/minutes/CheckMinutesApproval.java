package org.scrutineer.minutes;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The chair's decision on the draft minutes: approved, or returned with the comments the clerk needs. */
@Component("checkMinutesApproval")
class CheckMinutesApproval implements TaskListener {

    private final MinutesService minutes;
    private final IdentityService identityService;

    CheckMinutesApproval(MinutesService minutes, IdentityService identityService) {
        this.minutes = minutes;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables input = ProcessVariables.of(task);
        long meetingId = input.id("meetingId");
        boolean approved = input.flag("minutesApproved")
                .orElseThrow(() -> new EngineRuleRefusal("Choose whether you approve the draft minutes or return them to the clerk"));
        if (approved) {
            String chair = identityService.getCurrentAuthentication() == null ? null : identityService.getCurrentAuthentication().getUserId();
            minutes.approved(meetingId, chair);
        } else {
            String comments = input.text("chairComments")
                    .orElseThrow(() -> new EngineRuleRefusal("Say what needs to change, so the clerk can correct the minutes"));
            if (comments.length() > 10000) {
                throw new EngineRuleRefusal("Your comments must be 10000 characters or fewer");
            }
            minutes.returned(meetingId, comments);
        }
    }
}
