package org.scrutineer.recommendation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.scrutineer.meeting.DemoContribution;
import org.scrutineer.meeting.DemoStory;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations of the demo year (config/demo/recommendations.yaml): the council's tracker
 * history imported from its CSV at the start of the year, then each past meeting's recommendations
 * recorded that evening and sent by the statutory scrutiny officer two working days later, one
 * answered by the cabinet member with an action plan and the others still awaiting their response.
 */
@Component
class RecommendationDemo implements DemoContribution {

    static final String OFFICER = "scrutiny-officer";
    static final String RESPONDED = "responded";
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    record Action(String action, String owner, int monthsAfterResponse, String successMeasure) {
    }

    record Response(String recordedBy, String decision, String reasons, String leadOfficer, List<Action> actions) {
    }

    record DemoRecommendation(String number, String story, String topic, String text, String addressee, String portfolioHolder,
                              Response response) {
    }

    record Content(List<DemoRecommendation> firstPastMeeting, List<DemoRecommendation> secondPastMeeting, String trackerHistory) {
    }

    private final RecommendationIntake intake;
    private final RecommendationImport tracker;
    private final RecommendationRepository recommendations;

    RecommendationDemo(RecommendationIntake intake, RecommendationImport tracker, RecommendationRepository recommendations) {
        this.intake = intake;
        this.tracker = tracker;
        this.recommendations = recommendations;
    }

    @Override
    public void plan(DemoStory story) {
        Content content = story.content("recommendations.yaml", Content.class);
        story.on(story.begins().plusHours(1), "Democratic services import the council's tracker",
                () -> tracker.importCsv(endingBefore(story.text(content.trackerHistory()), story.begins().toLocalDate())));
        resolved(story, story.meetings().firstPast(), content.firstPastMeeting());
        resolved(story, story.meetings().secondPast(), content.secondPastMeeting());
    }

    private void resolved(DemoStory story, ScheduledMeeting meeting, List<DemoRecommendation> resolved) {
        Map<String, Long> ids = new HashMap<>();
        LocalDate day = meeting.startsAt().toLocalDate();
        story.on(day.atTime(21, 0), "The committee's recommendations are recorded", () -> {
            List<Recommendation> recorded = intake.recordAll(resolved.stream().map(r -> new RecommendationSubmission(meeting.id(),
                    r.topic(), r.number(), r.text().strip(), r.addressee(), "general", r.portfolioHolder())).toList());
            recorded.forEach(r -> ids.put(r.getNumber(), r.getId()));
        });
        story.on(story.workingDays(day, 2, 10), "The statutory scrutiny officer sends the recommendations", () -> {
            for (Long id : ids.values()) {
                story.complete(OFFICER, story.task(ResponseProcess.KEY, String.valueOf(id), "sendRecommendation"), Map.of("sendTo", ""));
            }
        });
        for (DemoRecommendation r : resolved) {
            if (RESPONDED.equals(r.story())) {
                LocalDateTime answered = story.workingDays(day, 30, 11);
                story.on(answered, "The cabinet member responds to recommendation " + r.number(), () -> story.complete(r.response().recordedBy(),
                        story.task(ResponseProcess.KEY, String.valueOf(ids.get(r.number())), "recordExecutiveResponse"),
                        response(r.response(), answered.toLocalDate())));
            }
        }
    }

    /** What the recordExecutiveResponse form sends, the action plan typed one action a line. */
    private static Map<String, Object> response(Response response, LocalDate answeredOn) {
        Map<String, Object> form = new HashMap<>();
        form.put("requestExtension", false);
        form.put("decision", response.decision());
        form.put("reasons", response.reasons());
        form.put("leadOfficer", response.leadOfficer());
        form.put("respondedBy", "");
        form.put("actions", response.actions().stream().map(a -> String.join(" | ", a.action(), a.owner(),
                answeredOn.plusMonths(a.monthsAfterResponse()).toString(), a.successMeasure())).collect(Collectors.joining("\n")));
        return form;
    }

    /** The tracker with every date moved on (or back) by whole weeks, so that its last date falls in the week before {@code day}. */
    static String endingBefore(String csv, LocalDate day) {
        LocalDate last = ISO_DATE.matcher(csv).results().map(m -> LocalDate.parse(m.group(1))).max(LocalDate::compareTo).orElse(day);
        long weeks = Math.floorDiv(ChronoUnit.DAYS.between(last, day.minusDays(1)), 7);
        Matcher dates = ISO_DATE.matcher(csv);
        StringBuilder moved = new StringBuilder();
        while (dates.find()) {
            dates.appendReplacement(moved, LocalDate.parse(dates.group(1)).plusWeeks(weeks).toString());
        }
        return dates.appendTail(moved).toString();
    }

    @Override
    @Transactional
    public void forget() {
        recommendations.deleteAll();
    }
}
