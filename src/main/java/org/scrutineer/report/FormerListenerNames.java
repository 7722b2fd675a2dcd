package org.scrutineer.report;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Instances started on an earlier version of report-signoff stay on it until they are migrated,
 * and that version calls the author check by its former name.
 */
@Configuration
class FormerListenerNames {

    @Bean
    static BeanFactoryPostProcessor refuseSelfApprovalIsRefuseAuthor() {
        return factory -> factory.registerAlias("refuseAuthor", "refuseSelfApproval");
    }
}
