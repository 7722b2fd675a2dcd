package org.scrutineer.question;

import java.time.Clock;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Erases the asker's email and town from the question and the town from the process history.
 * The name and the text, which were published, stay. The history is cleared when the process has
 * ended and the engine has written the variable's last state, just before the end is committed: in
 * the same transaction, so the process never ends with the town still in its history.
 */
@Component("eraseContactDetails")
class EraseContactDetails implements JavaDelegate {

    static final String TOWN = "askerTown";

    private final QuestionRecords records;
    private final HistoryService historyService;
    private final Clock clock;

    EraseContactDetails(QuestionRecords records, HistoryService historyService, Clock clock) {
        this.records = records;
        this.historyService = historyService;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.of(execution).eraseContactDetails(clock.instant());
        String processInstanceId = execution.getProcessInstanceId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                eraseTownFromHistory(processInstanceId);
            }
        });
    }

    void eraseTownFromHistory(String processInstanceId) {
        historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(TOWN).list()
                .forEach(v -> historyService.deleteHistoricVariableInstance(v.getId()));
    }
}
