package org.scrutineer.notification;

import org.springframework.stereotype.Component;

/** Links into the Camunda Tasklist, for emails. */
@Component
public class TaskLinks {

    private final MailSettings settings;

    TaskLinks(MailSettings settings) {
        this.settings = settings;
    }

    public String task(String taskId) {
        return settings.publicUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    public String tasklist() {
        return settings.publicUrl() + "/camunda/app/tasklist/default/";
    }
}
