package org.scrutineer.notification;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.lang3.exception.ExceptionUtils;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.scrutineer.web.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs the overdue-reminder sweep now, through the same process the morning timer starts. */
@RestController
@RequestMapping("/api/admin/reminders")
class ReminderApiController {

    static final String RUN_NOW = "runOverdueReminders";

    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    ReminderApiController(RuntimeService runtimeService, HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    @PostMapping("/run")
    ResponseEntity<Map<String, Object>> run() {
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
        Map<String, Object> result = new HashMap<>();
        result.put("processInstanceId", instance.getId());
        result.put("workingDay", false);
        result.put("digestsSent", 0);
        result.put("escalationsSent", 0);
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list()) {
            if (result.containsKey(variable.getName())) {
                result.put(variable.getName(), variable.getValue());
            }
        }
        return ResponseEntity.ok(result);
    }
}
