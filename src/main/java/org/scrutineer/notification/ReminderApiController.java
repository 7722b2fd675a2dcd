package org.scrutineer.notification;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs the overdue-reminder sweep now. */
@RestController
@RequestMapping("/api/admin/reminders")
class ReminderApiController {

    private final ReminderSweep sweep;

    ReminderApiController(ReminderSweep sweep) {
        this.sweep = sweep;
    }

    @PostMapping("/run")
    ReminderSweep.Result run() {
        return sweep.runNow();
    }
}
