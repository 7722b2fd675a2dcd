package org.scrutineer;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A process instance known only from history, such as one a timer job started and ran to its end,
 * so that camunda-bpm-assert can check it like any other.
 */
public record HistoricInstance(HistoricProcessInstance historic) implements ProcessInstance {

    @Override
    public String getProcessDefinitionId() {
        return historic.getProcessDefinitionId();
    }

    @Override
    public String getProcessDefinitionKey() {
        return historic.getProcessDefinitionKey();
    }

    @Override
    public String getBusinessKey() {
        return historic.getBusinessKey();
    }

    @Override
    public String getRootProcessInstanceId() {
        return historic.getRootProcessInstanceId();
    }

    @Override
    public String getCaseInstanceId() {
        return historic.getCaseInstanceId();
    }

    @Override
    public boolean isSuspended() {
        return false;
    }

    @Override
    public String getId() {
        return historic.getId();
    }

    @Override
    public boolean isEnded() {
        return historic.getEndTime() != null;
    }

    @Override
    public String getProcessInstanceId() {
        return historic.getId();
    }

    @Override
    public String getTenantId() {
        return historic.getTenantId();
    }
}
