package org.scrutineer.dispute;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.identity.RestrictedProcesses;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Refuses an empty response, and a response from anyone outside the group that must answer at this
 * stage, even if the task was passed to them.
 */
@Component("checkResponse")
class CheckResponse implements TaskListener {

    static final String MISSING = "Write your response to the dispute";

    private final DisputeRecords records;
    private final IdentityService identityService;
    private final RestrictedProcesses groups;

    CheckResponse(DisputeRecords records, IdentityService identityService, RestrictedProcesses groups) {
        this.records = records;
        this.identityService = identityService;
        this.groups = groups;
    }

    @Override
    public void notify(DelegateTask task) {
        String respondents = records.of(task).getRespondentGroup();
        Authentication user = identityService.getCurrentAuthentication();
        if (user != null && respondents != null) {
            List<String> userGroups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
            if (!userGroups.contains(respondents)) {
                throw new EngineRuleRefusal("Only " + groups.inWords(List.of(respondents)).toLowerCase(Locale.UK)
                        + " can respond to this dispute at this stage. Pass the task back to them, or ask one of them to respond");
            }
        }
        ProcessVariables.of(task).text("response", MISSING);
    }
}
