package org.scrutineer;

import java.util.TimeZone;

import org.scrutineer.calendar.AppClock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling is on for every node: the mail poller runs only where mail polling is on, the metrics everywhere. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ScrutineerApplication {

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(AppClock.LONDON));
        SpringApplication.run(ScrutineerApplication.class, args);
    }
}
