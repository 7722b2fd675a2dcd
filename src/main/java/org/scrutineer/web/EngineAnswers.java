package org.scrutineer.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts {@link EngineFailureMappers} and {@link PlainJson} into every JAX-RS application in the container: the engine's
 * REST API at {@code /engine-rest} and the webapps' own at {@code /camunda/api}, which the
 * Tasklist calls.
 */
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class EngineAnswers implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        for (Class<?> mapper : EngineFailureMappers.ALL) {
            if (!context.getConfiguration().isRegistered(mapper)) {
                context.register(mapper);
            }
        }
        if (!context.getConfiguration().isRegistered(PlainJson.class)) {
            context.register(PlainJson.class);
        }
    }
}
