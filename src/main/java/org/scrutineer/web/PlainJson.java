package org.scrutineer.web;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import org.camunda.bpm.engine.rest.dto.StatisticsResultDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * The engine's JSON, without the Java class names that its statistics answers would otherwise carry.
 *
 * <p>The engine builds a new mapper each time it is asked, so every call to its REST API would learn
 * the shape of its answers again. One mapper, built on first use once the engine's date format is
 * set, serves every call: a configured mapper is safe to share, and nothing in the engine changes
 * the one it is given.
 */
@Priority(1)
class PlainJson extends JacksonConfigurator {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    private interface WithoutClassName {
    }

    private volatile ObjectMapper mapper;

    @Override
    public ObjectMapper getContext(Class<?> type) {
        ObjectMapper built = mapper;
        if (built == null) {
            built = super.getContext(type).addMixIn(StatisticsResultDto.class, WithoutClassName.class);
            mapper = built;
        }
        return built;
    }
}
