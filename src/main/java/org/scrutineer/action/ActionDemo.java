package org.scrutineer.action;

import java.time.LocalDateTime;
import java.util.Map;

import org.scrutineer.meeting.DemoContribution;
import org.scrutineer.meeting.DemoStory;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;

/**
 * The demo year's actions: after the last meeting the clerk enters two information requests for
 * partners and an action for the directors; the integrated care board answers through its link, the
 * police have not, and the directors' action is open.
 */
@Component
class ActionDemo implements DemoContribution {

    private final TrackedActions actions;
    private final TrackedActionRepository records;
    private final PartnerAnswers answers;
    private final ActionLinks links;

    ActionDemo(TrackedActions actions, TrackedActionRepository records, PartnerAnswers answers, ActionLinks links) {
        this.actions = actions;
        this.records = records;
        this.answers = answers;
        this.links = links;
    }

    @Override
    public void plan(DemoStory story) {
        ScheduledMeeting last = story.meetings().secondPast();
        LocalDateTime entered = story.workingDays(last.startsAt().toLocalDate(), 1, 10);
        LocalDateTime answered = story.workingDays(last.startsAt().toLocalDate(), 4, 11);
        if (!entered.isBefore(story.now())) {
            return;
        }
        long[] icb = new long[1];
        story.on(entered, "the clerk enters the meeting's information requests and actions", () -> {
            icb[0] = actions.add(new ActionRequest(last.committee().id(), last.id(), 6, "Send the committee the waiting times for a first "
                    + "mental health appointment, by age group", ActionKind.INFORMATION_REQUEST.id(), null, "Dr Alex Rivers",
                    "alex.rivers@icb.example.org", null), "clerk").getId();
            actions.add(new ActionRequest(last.committee().id(), last.id(), 7, "Report the number of children held overnight in police custody "
                    + "this year", ActionKind.INFORMATION_REQUEST.id(), null, "Inspector Jo Khan", "jo.khan@police.example.org", null), "clerk");
            actions.add(new ActionRequest(last.committee().id(), last.id(), 8, "Share the revised placement sufficiency strategy with members",
                    ActionKind.ACTION.id(), "directors", null, null, null), "clerk");
        });
        if (answered.isBefore(story.now())) {
            story.on(answered, "the integrated care board answers through its link", () -> {
                TrackedAction action = actions.get(icb[0]);
                String url = links.answerUrl(action);
                answers.answer(action.getId(), url.substring(url.indexOf("token=") + 6), "Median waits from referral to a first appointment: "
                        + "under 11s 14 weeks, 11 to 15 year olds 19 weeks, 16 and 17 year olds 22 weeks. The full table is in the briefing note.",
                        ActionResponse.DONE, null);
            });
        }
    }

    @Override
    public void forget() {
        records.deleteAll();
    }
}
