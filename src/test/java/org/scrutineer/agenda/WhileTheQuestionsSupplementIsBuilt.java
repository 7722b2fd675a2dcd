package org.scrutineer.agenda;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets a test do something while the questions supplement is being built: after the build has
 * read the answers and before its transaction commits. Does nothing unless a test asks.
 */
@Component
class WhileTheQuestionsSupplementIsBuilt implements BeanPostProcessor {

    private static final Runnable NOTHING = () -> { };
    private volatile Runnable next = NOTHING;

    /** Runs {@code action} inside the next build only. */
    void next(Runnable action) {
        next = action;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!"publishQuestionsSupplement".equals(name)) {
            return bean;
        }
        JavaDelegate build = (JavaDelegate) bean;
        return (JavaDelegate) execution -> {
            build.execute(execution);
            Runnable action = next;
            next = NOTHING;
            action.run();
        };
    }
}
