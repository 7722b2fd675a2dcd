package org.scrutineer.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Gives the engine the user directory whose locks end by themselves. */
@Component
class AccountLockPlugin extends AbstractProcessEnginePlugin {

    private final LoginSettings settings;

    AccountLockPlugin(LoginSettings settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(TemporaryLockIdentityProvider.factory(settings));
    }
}
