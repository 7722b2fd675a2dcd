package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.dto.repository.ActivityStatisticsResultDto;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.junit.jupiter.api.Test;

class PlainJsonTest {

    @Test
    void everyCallSharesOneMapperThatWritesNoJavaTypeNamesAndTheEnginesDates() throws Exception {
        PlainJson provider = new PlainJson();
        ObjectMapper first = provider.getContext(TaskDto.class);

        assertThat(provider.getContext(ActivityStatisticsResultDto.class)).isSameAs(first);
        ActivityStatisticsResultDto statistics = new ActivityStatisticsResultDto();
        statistics.setId("screen");
        assertThat(first.writeValueAsString(List.of(statistics))).doesNotContain("@class").contains("\"id\":\"screen\"");
        assertThat(first.writeValueAsString(new Date(0))).matches("\"1970-01-01T\\d\\d:00:00\\.000[+-]\\d{4}\"");
    }
}
