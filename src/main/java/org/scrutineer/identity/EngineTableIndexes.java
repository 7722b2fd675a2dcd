package org.scrutineer.identity;

import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's own tables that Scrutineer's queries of them need on PostgreSQL, added by
 * Flyway from {@code db/engine/postgres} once the engine has created or updated its schema, on its
 * tables wherever its table prefix puts them ({@code ${engine_tables}} in the scripts). They keep
 * their own history table: Scrutineer's other migrations run before the engine starts, when on a new
 * database the engine's tables do not exist yet.
 */
@Component
class EngineTableIndexes extends AbstractProcessEnginePlugin {

    static final String HISTORY = "scrutineer_engine_index_history";
    static final String LOCATION = "classpath:db/engine/postgres";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if ("postgres".equals(configuration.getDatabaseType())) {
            Flyway.configure().dataSource(configuration.getDataSource()).table(HISTORY).locations(LOCATION)
                    .placeholders(Map.of("engine_tables", Objects.requireNonNullElse(configuration.getDatabaseTablePrefix(), "")))
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        }
    }
}
