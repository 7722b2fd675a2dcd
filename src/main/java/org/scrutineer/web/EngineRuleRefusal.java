package org.scrutineer.web;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A rule of Scrutineer's refused what someone asked the engine to do. Whoever asked learns only
 * the reason, in plain English, as a 422 answer.
 */
public class EngineRuleRefusal extends BadUserRequestException {

    public EngineRuleRefusal(String reason) {
        super(reason);
    }
}
