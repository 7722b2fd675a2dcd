package org.scrutineer.workprogramme;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When an item is planned for a meeting, each suggestion taken into it hears of the meeting through its process. */
@Component
class SuggestersHearOfTheirMeeting {

    static final String MESSAGE = "TopicScheduled";

    private final RuntimeService runtimeService;

    SuggestersHearOfTheirMeeting(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void scheduled(ItemScheduled scheduled) {
        runtimeService.createMessageCorrelation(MESSAGE)
                .processInstanceVariableEquals("itemId", scheduled.itemId()).setVariable("meetingId", scheduled.meetingId()).correlateAllWithResult();
    }
}
