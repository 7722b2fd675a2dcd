package org.scrutineer.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection and commissioner recommendations a plan answers: recorded with the actions that
 * answer them, and reviewed at each review date through the {@code inspection-recommendation}
 * process until achieved.
 */
@Service
public class Recommendations {

    static final String PROCESS = "inspection-recommendation";

    private final InspectionRecommendationRepository recommendations;
    private final ImprovementPlanRepository plans;
    private final PlanActionRepository actions;
    private final EnteredDates enteredDates;
    private final RuntimeService runtimeService;
    private final Clock clock;

    Recommendations(InspectionRecommendationRepository recommendations, ImprovementPlanRepository plans, PlanActionRepository actions,
                    EnteredDates enteredDates, RuntimeService runtimeService, Clock clock) {
        this.recommendations = recommendations;
        this.plans = plans;
        this.actions = actions;
        this.enteredDates = enteredDates;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    static String businessKey(long id) {
        return "inspection-recommendation-" + id;
    }

    @Transactional
    public InspectionRecommendation add(long planId, RecommendationRequest request) {
        ImprovementPlan plan = plans.findById(planId).orElseThrow(() -> NotFound.withId("improvement plan", planId));
        if (request == null) {
            throw Refusal.invalid("text", "Give the recommendation's text");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<RecommendationSource> source = RecommendationSource.fromId(request.source());
        if (source.isEmpty()) {
            errors.put("source", "Say who made it: commissioner, ofsted or peer-review");
        }
        LocalDate madeOn = enteredDates.read(errors, "madeOn", request.madeOn(), "Give the date it was made");
        String text = PlanText.orNull(request.text());
        if (text == null) {
            errors.put("text", "Give the recommendation's text");
        } else if (text.length() > PlanAction.TEXT_LENGTH) {
            errors.put("text", "The text must be " + PlanAction.TEXT_LENGTH + " characters or fewer");
        }
        Optional<RecommendationStatus> status = request.status() == null || request.status().isBlank()
                ? Optional.of(RecommendationStatus.NOT_STARTED) : RecommendationStatus.fromId(request.status());
        if (status.isEmpty()) {
            errors.put("status", "The status is achieved, progress-made, progressing or not-started");
        }
        LocalDate reviewOn = request.reviewOn() == null || request.reviewOn().isBlank() ? null
                : enteredDates.read(errors, "reviewOn", request.reviewOn(), "Give the date of its next review");
        if (reviewOn == null && status.filter(s -> s != RecommendationStatus.ACHIEVED).isPresent() && !errors.containsKey("reviewOn")) {
            errors.put("reviewOn", "Give the date of its next review, for example six months from now");
        }
        List<PlanAction> held = actions.findByPlanIdOrderByPositionAsc(planId);
        List<PlanAction> answering = new java.util.ArrayList<>();
        for (String ref : request.actions() == null ? List.<String>of() : request.actions()) {
            held.stream().filter(a -> PlanText.same(a.getRef(), ref)).findFirst().ifPresentOrElse(answering::add,
                    () -> errors.put("actions", "The plan has no action " + ref));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        InspectionRecommendation recommendation = new InspectionRecommendation(planId, source.get(), madeOn, text, status.get(), reviewOn,
                recommendations.findByPlanIdOrderByPositionAsc(planId).size() + 1);
        answering.forEach(recommendation::answeredBy);
        InspectionRecommendation saved = recommendations.saveAndFlush(recommendation);
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey(saved.getId()), Map.of("recommendationId", saved.getId(),
                "planTitle", plan.getTitle(), "sourceWords", saved.getSource().words(), "recommendationText", saved.getText()));
        return saved;
    }

    /** The review from the {@code reviewRecommendation} task: the status now and, unless achieved, the next review date. */
    @Transactional
    public void review(long id, String status, String note, String nextReviewOn, String by) {
        InspectionRecommendation recommendation = get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<RecommendationStatus> given = RecommendationStatus.fromId(status);
        if (given.isEmpty()) {
            errors.put("status", "Choose where it stands: achieved, progress made, progressing or not started");
        }
        String said = PlanText.orNull(note);
        if (said != null && said.length() > ActionProgress.REASON_LIMIT) {
            errors.put("note", "The note must be " + ActionProgress.REASON_LIMIT + " characters or fewer");
        }
        LocalDate today = LondonTime.today(clock);
        LocalDate next = null;
        if (given.filter(s -> s != RecommendationStatus.ACHIEVED).isPresent()) {
            next = enteredDates.read(errors, "nextReviewOn", nextReviewOn, "Give the date of the next review");
            if (next != null && !next.isAfter(today)) {
                errors.put("nextReviewOn", "The next review must be after today");
            }
        }
        if (!errors.isEmpty()) {
            throw new EngineRuleRefusal(Refusal.everyReason(errors));
        }
        recommendation.reviewed(given.get(), said, today, by, next);
    }

    InspectionRecommendation get(long id) {
        return recommendations.findById(id).orElseThrow(() -> new IllegalStateException("There is no recommendation " + id));
    }

    @Transactional(readOnly = true)
    public List<PlanJson.RecommendationJson> of(long planId) {
        return recommendations.findByPlanIdOrderByPositionAsc(planId).stream().map(Recommendations::json).toList();
    }

    static PlanJson.RecommendationJson json(InspectionRecommendation r) {
        return new PlanJson.RecommendationJson(r.getId(), r.getSource().id(), r.getMadeOn(), r.getText(), r.getStatus().id(), r.getReviewOn(),
                r.getActions().stream().map(PlanAction::getRef).sorted().toList(),
                r.getReviews().stream().map(v -> new PlanJson.ReviewJson(v.getStatus().id(), v.getNote(), v.getReviewedOn(), v.getReviewedBy(),
                        v.getNextReviewOn())).toList());
    }
}
