package org.scrutineer.dispute;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Instances started on an earlier version of dispute-resolution stay on it until they are
 * migrated, and those versions check and record the CAFCASS outcome together in the listener
 * recordCafcassOutcome.
 */
@Configuration
class FormerDisputeListenerNames {

    @Bean
    static BeanFactoryPostProcessor recordCafcassOutcomeIsCloseWithCafcassOutcome() {
        return factory -> factory.registerAlias("closeWithCafcassOutcome", "recordCafcassOutcome");
    }
}
