package org.scrutineer.web;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import org.camunda.bpm.engine.rest.dto.StatisticsResultDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/** The engine's JSON, without the Java class names that its statistics answers would otherwise carry. */
@Priority(1)
class PlainJson extends JacksonConfigurator {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    private interface WithoutClassName {
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return super.getContext(type).addMixIn(StatisticsResultDto.class, WithoutClassName.class);
    }
}
