package org.scrutineer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine runs without CMMN, which Scrutineer does not use. A case model added to the models
 * would then be skipped without a word at deployment, so this test keeps there being none.
 */
@ScrutineerTest
class NoCaseModelsTest {

    @Autowired ProcessEngine engine;

    @Test
    void theEngineRunsWithoutCmmnBecauseThereAreNoCaseModels() throws IOException {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).isCmmnEnabled()).isFalse();
        try (Stream<Path> models = Files.walk(Path.of("bpmn"))) {
            assertThat(models.map(Path::toString).filter(name -> name.endsWith(".cmmn") || name.endsWith(".cmmn11.xml")))
                    .as("case models, which the engine would not deploy").isEmpty();
        }
        assertThat(engine.getRepositoryService().createCaseDefinitionQuery().count()).isZero();
    }
}
