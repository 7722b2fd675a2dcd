package org.scrutineer.minutes;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.notification.MailSettings;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Gives the minutes' tasks what their forms show: the page to record them on, the staff's copy to
 * read, and what the chair said or why they are being corrected.
 */
@Component("prefillMinutes")
class PrefillMinutes implements TaskListener {

    private final MinutesService minutes;
    private final MailSettings mail;

    PrefillMinutes(MinutesService minutes, MailSettings mail) {
        this.minutes = minutes;
        this.mail = mail;
    }

    @Override
    public void notify(DelegateTask task) {
        long meetingId = ProcessVariables.of(task).id("meetingId");
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("minutesLink", mail.publicUrl() + "/staff/meetings/" + meetingId + "/minutes");
        variables.put("minutesCopyLink", mail.publicUrl() + "/staff/minutes/" + meetingId);
        minutes.find(meetingId).ifPresent(m -> {
            variables.put("chairSaid", m.getStatus() == MinutesStatus.RETURNED ? m.getChairComments() : null);
            variables.put("correctionWanted", m.getStatus() == MinutesStatus.CORRECTING ? m.getCorrectionReason() : null);
        });
        task.setVariablesLocal(variables);
    }
}
