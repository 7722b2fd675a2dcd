package org.scrutineer.dispute;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.identity.RestrictedProcesses;
import org.springframework.stereotype.Component;

/**
 * Keeps the respondent's answer on the dispute. An empty answer is refused, and so is an answer
 * from anyone outside the group that must answer at this stage, even if the task was passed to them.
 */
@Component("recordResponse")
class RecordResponse implements TaskListener {

    private final DisputeRecords records;
    private final IdentityService identityService;
    private final RestrictedProcesses groups;

    RecordResponse(DisputeRecords records, IdentityService identityService, RestrictedProcesses groups) {
        this.records = records;
        this.identityService = identityService;
        this.groups = groups;
    }

    @Override
    public void notify(DelegateTask task) {
        Dispute dispute = records.get(TaskInput.disputeId(task));
        String respondents = dispute.getRespondentGroup();
        Authentication user = identityService.getCurrentAuthentication();
        if (user != null && respondents != null) {
            List<String> userGroups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
            if (!userGroups.contains(respondents)) {
                throw new ProcessEngineException("Only " + groups.inWords(List.of(respondents)).toLowerCase(Locale.UK)
                        + " can respond to this dispute at this stage. Pass the task back to them, or ask one of them to respond");
            }
        }
        String response = TaskInput.requiredText(task, "response", "Write your response to the dispute");
        dispute.recordResponse(response);
    }
}
