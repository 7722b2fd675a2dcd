package org.scrutineer.meeting;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every model a create listener that names it after what it is about
 * ({@link TaskNames}), so that no model has to remember one. The listener comes after every other
 * create listener, whatever order the engine's plugins are set up in: the new-task email, sent as
 * the task is created, names the task as its model does, which says what is to be done and nothing
 * of a dispute. To be last, each model is parsed with the configured parse listeners and this one after them.
 */
@Component
class NameTasksPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskNames> names;

    NameTasksPlugin(ObjectProvider<TaskNames> names) {
        this.names = names;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getBpmnParseFactory() != null) {
            throw new IllegalStateException("Task naming parses every model itself, but another plugin has set the engine's BPMN parse factory");
        }
        BpmnParseListener naming = new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
                TaskListener name = task -> names.getObject().name(task, processKey);
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, name);
            }
        };
        configuration.setBpmnParseFactory(parser -> new ParseNamingTasksLast(parser, naming));
    }

    /** A model's parse with the engine's parse listeners and then the naming one. */
    private static final class ParseNamingTasksLast extends BpmnParse {

        ParseNamingTasksLast(BpmnParser parser, BpmnParseListener naming) {
            super(parser);
            parseListeners = new ArrayList<>(parseListeners);
            parseListeners.add(naming);
        }
    }
}
