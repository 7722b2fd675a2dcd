package org.scrutineer.report;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Instances started on an earlier version of report-signoff stay on it until they are migrated,
 * and those versions call some listeners by their former names: the author check as
 * refuseSelfApproval, and the check and record of the reviewers together as confirmReviewers.
 */
@Configuration
class FormerListenerNames {

    @Bean
    static BeanFactoryPostProcessor refuseSelfApprovalIsRefuseAuthor() {
        return factory -> factory.registerAlias("refuseAuthor", "refuseSelfApproval");
    }

    @Bean
    static BeanFactoryPostProcessor confirmReviewersIsRecordReviewers() {
        return factory -> factory.registerAlias("recordReviewers", "confirmReviewers");
    }
}
