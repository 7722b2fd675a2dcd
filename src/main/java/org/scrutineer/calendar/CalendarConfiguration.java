package org.scrutineer.calendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(
            @Value("${scrutineer.calendar.bank-holidays}") Resource bankHolidays,
            @Value("${scrutineer.calendar.division}") String division) {
        return new WorkingDayCalendar(BankHolidays.load(bankHolidays, division));
    }
}
