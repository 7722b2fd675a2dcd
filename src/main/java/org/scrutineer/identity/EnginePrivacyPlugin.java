package org.scrutineer.identity;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's own locks: who gets a grant on a task and what it allows (working the task, not
 * changing who it is for), and which types a stored variable may be turned back into.
 */
@Component
class EnginePrivacyPlugin extends AbstractProcessEnginePlugin {

    private final RestrictedProcesses restricted;

    EnginePrivacyPlugin(RestrictedProcesses restricted) {
        this.restricted = restricted;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new TaskGrants(restricted));
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setDeserializationTypeValidator(new StoredTypesOnly());
    }
}
