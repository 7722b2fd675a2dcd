package org.scrutineer.recommendation;

import java.util.List;

import org.scrutineer.web.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class RecommendationStaffLinks {

    @Bean
    StaffLink recommendationTrackerLink() {
        return new StaffLink(40, "Recommendations tracker", "/staff/recommendations",
                "Every recommendation and the executive's response, by meeting and topic; overdue responses; CSV export.", List.of());
    }

    @Bean
    StaffLink recordRecommendationsLink() {
        return new StaffLink(41, "Record recommendations", "/staff/recommendations/new",
                "Record the recommendations a meeting made, in one go.", List.of(RecommendationAccessRules.RECORDERS));
    }
}
