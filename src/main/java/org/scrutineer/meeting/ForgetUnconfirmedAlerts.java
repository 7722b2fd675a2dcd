package org.scrutineer.meeting;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, erases the addresses that asked for a committee's emails and never followed the confirmation link. */
@Component
class ForgetUnconfirmedAlerts {

    private final CommitteeAlerts alerts;
    private final AlertSettings settings;

    ForgetUnconfirmedAlerts(CommitteeAlerts alerts, AlertSettings settings) {
        this.alerts = alerts;
        this.settings = settings;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void run() {
        alerts.forgetUnconfirmed(settings.unconfirmedKeptFor());
    }
}
