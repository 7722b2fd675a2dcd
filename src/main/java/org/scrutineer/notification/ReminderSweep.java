package org.scrutineer.notification;

import org.apache.commons.lang3.exception.ExceptionUtils;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.scrutineer.web.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The overdue-reminder sweep on demand, through the same process the morning timer starts, so an
 * administrator sees at once what the morning would send. The one-digest-a-day ledger still holds.
 */
@Service
class ReminderSweep {

    static final String RUN_NOW = "runOverdueReminders";

    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    ReminderSweep(RuntimeService runtimeService, HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /** What one sweep did: on a day that is not a working day it sends nothing. */
    record Result(String processInstanceId, boolean workingDay, int digestsSent, int escalationsSent) {

        String inWords() {
            if (!workingDay) {
                return "Today is not a working day, so the sweep sent no reminders.";
            }
            return "The sweep queued " + count(digestsSent, "digest") + " of overdue tasks and " + count(escalationsSent, "escalation")
                    + ". Each person gets one digest a day, so a second sweep today sends no digest again.";
        }

        private static String count(int n, String what) {
            return n + " " + what + (n == 1 ? "" : "s");
        }
    }

    Result runNow() {
        ProcessInstance instance;
        try {
            instance = runtimeService.startProcessInstanceByMessage(RUN_NOW);
        } catch (RuntimeException e) {
            if (ExceptionUtils.indexOfType(e, DataIntegrityViolationException.class) < 0) {
                throw e;
            }
            throw Refusal.of(HttpStatus.CONFLICT, "Another reminder sweep was sending the same digests at this moment, "
                    + "so this one sent nothing. Each person still gets one digest today.");
        }
        boolean workingDay = false;
        int digests = 0;
        int escalations = 0;
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list()) {
            switch (variable.getName()) {
                case "workingDay" -> workingDay = Boolean.TRUE.equals(variable.getValue());
                case "digestsSent" -> digests = ((Number) variable.getValue()).intValue();
                case "escalationsSent" -> escalations = ((Number) variable.getValue()).intValue();
                default -> { }
            }
        }
        return new Result(instance.getId(), workingDay, digests, escalations);
    }
}
