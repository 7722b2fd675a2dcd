package org.scrutineer.recommendation;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Who reports progress on an action: its owner, when the owner is written as a user id of the
 * directory. Democratic services are candidates too, so that they can chase an owner who is not a user.
 */
@Component("progressOwners")
public class ProgressOwners {

    private final RecommendationRepository recommendations;
    private final IdentityService identityService;

    ProgressOwners(RecommendationRepository recommendations, IdentityService identityService) {
        this.recommendations = recommendations;
        this.identityService = identityService;
    }

    public String userFor(long recommendationId, int actionPosition) {
        String owner = recommendations.findById(recommendationId).map(r -> r.action(actionPosition).getOwner()).orElse(null);
        if (owner == null || identityService.createUserQuery().userId(owner).count() == 0) {
            return null;
        }
        return owner;
    }
}
