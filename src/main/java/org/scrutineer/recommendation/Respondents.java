package org.scrutineer.recommendation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Who gave a response: as entered ({@code respondedBy}), or else the person who recorded it, a
 * cabinet member answering for themselves (or, with nobody signed in, the portfolio holder).
 */
@Component
class Respondents {

    private final IdentityService identityService;

    Respondents(IdentityService identityService) {
        this.identityService = identityService;
    }

    String whoGave(VariableScope scope, Recommendation r) {
        String given = ProcessVariables.of(scope).text("respondedBy").orElse(null);
        if (given != null) {
            return given;
        }
        Authentication user = identityService.getCurrentAuthentication();
        String userId = user != null ? user.getUserId() : r.getPortfolioHolder();
        return userId == null ? null : nameOf(userId);
    }

    private String nameOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
