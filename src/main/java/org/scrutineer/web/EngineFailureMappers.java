package org.scrutineer.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine's REST resources have their own exception mappers, one per type; these stand in
 * front of each of them (same type, higher priority) so that every failure is answered by
 * {@link EngineFailures}.
 */
final class EngineFailureMappers {

    private EngineFailureMappers() {
    }

    static final Class<?>[] ALL = {
        AnyFailure.class, EngineFailure.class, RestFailure.class, JsonMappingFailure.class, JsonParseFailure.class
    };

    abstract static class Base<T extends Throwable> implements ExceptionMapper<T> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(T failure) {
            return EngineFailures.answer(failure, uri == null ? "" : uri.getPath());
        }
    }

    @Priority(1)
    static class AnyFailure extends Base<Throwable> implements ExceptionMapper<Throwable> {
    }

    @Priority(1)
    static class EngineFailure extends Base<ProcessEngineException> implements ExceptionMapper<ProcessEngineException> {
    }

    @Priority(1)
    static class RestFailure extends Base<RestException> implements ExceptionMapper<RestException> {
    }

    @Priority(1)
    static class JsonMappingFailure extends Base<JsonMappingException> implements ExceptionMapper<JsonMappingException> {
    }

    @Priority(1)
    static class JsonParseFailure extends Base<JsonParseException> implements ExceptionMapper<JsonParseException> {
    }
}
