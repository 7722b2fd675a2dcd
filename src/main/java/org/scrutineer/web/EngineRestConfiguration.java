package org.scrutineer.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EngineRestConfiguration {

    @Bean
    ResourceConfigCustomizer taskConflictAnswers(ProcessEngine engine) {
        return config -> config.register(new TaskConflictAnswers(
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()));
    }
}
