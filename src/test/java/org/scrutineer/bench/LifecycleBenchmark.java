package org.scrutineer.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.scrutineer.agenda.MeetingLifecycle;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.question.PublicQuestion;
import org.scrutineer.question.QuestionIntake;
import org.scrutineer.question.QuestionSubmission;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Full public-question lifecycles (submit, screen, answer, approve, publish at the meeting, the
 * supplementary question, erasure) through Scrutineer's service layer, against the same model
 * shape with no-op delegates, driven by the same calls. Scrutineer's time includes the meeting's
 * questions supplement, published again for the answers of each run.
 */
final class LifecycleBenchmark {

    private final BenchNode node;
    private final Scale scale;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private static final String SCRUTINEER = "scrutineer";
    private static final String BARE = "bare";
    private final Map<String, Map<String, List<Double>>> steps = new LinkedHashMap<>();
    private long meetingId;
    private int sequence;

    LifecycleBenchmark(BenchNode node, Scale scale) {
        this.node = node;
        this.scale = scale;
        this.runtime = node.bean(RuntimeService.class);
        this.tasks = node.bean(TaskService.class);
        this.management = node.bean(ManagementService.class);
    }

    Map<String, Object> run() {
        BareQuestionModel.deploy(node.bean(org.camunda.bpm.engine.RepositoryService.class));
        ScheduledMeeting meeting = node.bean(MeetingService.class).schedule("cyp", LocalDateTime.parse(BareQuestionModel.MEETING_START), null);
        meetingId = meeting.id();

        runScrutineer(scale.lifecycles());
        runBare(scale.lifecycles());
        steps.clear();
        List<Double> scrutineer = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        long mailsScrutineer = 0;
        long mailsBare = 0;
        for (int run = 0; run < scale.runs(); run++) {
            long before = outboxRows();
            scrutineer.add(runScrutineer(scale.lifecycles()));
            long between = outboxRows();
            bare.add(runBare(scale.lifecycles()));
            mailsScrutineer += between - before;
            mailsBare += outboxRows() - between;
        }
        long unfinished = runtime.createProcessInstanceQuery().processDefinitionKey("public-question").count()
                + runtime.createProcessInstanceQuery().processDefinitionKey(BareQuestionModel.KEY).count();
        if (unfinished > 0) {
            throw new IllegalStateException(unfinished + " lifecycles did not finish");
        }
        double scrutineerMedian = Timings.median(scrutineer);
        double bareMedian = Timings.median(bare);
        double ratio = bareMedian / scrutineerMedian;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("lifecyclesPerRun", scale.lifecycles());
        result.put("scrutineerLifecyclesPerSecond", Timings.round(scrutineerMedian));
        result.put("bareLifecyclesPerSecond", Timings.round(bareMedian));
        result.put("scrutineerRunsLifecyclesPerSecond", scrutineer.stream().map(Timings::round).toList());
        result.put("bareRunsLifecyclesPerSecond", bare.stream().map(Timings::round).toList());
        result.put("scrutineerMsPerLifecycle", Timings.round(1000 / scrutineerMedian));
        result.put("bareMsPerLifecycle", Timings.round(1000 / bareMedian));
        int lifecycles = scale.runs() * scale.lifecycles();
        result.put("outboxMailsPerScrutineerLifecycle", Timings.round((double) mailsScrutineer / lifecycles));
        result.put("outboxMailsPerBareLifecycle", Timings.round((double) mailsBare / lifecycles));
        result.put("questionsStoredForSimilarityAtEnd", jdbc().queryForObject("select count(*) from public_question", Long.class));
        result.put("stepMedianMs", stepMedians());
        result.put("ratioScrutineerToBare", Math.round(ratio * 100) / 100.0);
        result.put("goalRatioAtMost", 1.2);
        result.put("goalMet", ratio <= 1.2);
        return result;
    }

    private long outboxRows() {
        return jdbc().queryForObject("select count(*) from outbox_message", Long.class);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(node.bean(DataSource.class));
    }

    /** Answers lifecycles per second. */
    private double runScrutineer(int count) {
        QuestionIntake intake = node.bean(QuestionIntake.class);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int n = ++sequence;
            long submitted = System.nanoTime();
            PublicQuestion question = intake.submit(new QuestionSubmission(meetingId, "Bench Asker " + n,
                    "asker-" + n + "@example.org", "Exemplar Town", true, "chair", "How many young carers were supported in ward " + n + "?"));
            String pi = runtime.createProcessInstanceQuery().processDefinitionKey("public-question")
                    .processInstanceBusinessKey(question.getReference()).singleResult().getId();
            took(SCRUTINEER, "0 submit", submitted);
            drive(SCRUTINEER, pi);
        }
        long waited = System.nanoTime();
        int supplementJobs = runTheQuestionsSupplementWaits();
        if (supplementJobs != 1) {
            throw new IllegalStateException(count + " answers approved within one wait, but " + supplementJobs + " waits for the questions supplement");
        }
        steps.computeIfAbsent(SCRUTINEER, m -> new TreeMap<>()).computeIfAbsent("4b questions supplement (its waits, per lifecycle)",
                k -> new ArrayList<>()).add(Timings.millisSince(waited) / count);
        return count / (Timings.millisSince(started) / 1000);
    }

    /**
     * The meeting's questions supplement waits a few minutes after an approved answer, and the
     * answers approved within the wait join it, so that they make one new version. The run's
     * answers are all approved within one wait; it is run here, inside the run's time.
     */
    private int runTheQuestionsSupplementWaits() {
        String lifecycle = runtime.createProcessInstanceQuery().processDefinitionKey("committee-meeting")
                .processInstanceBusinessKey(MeetingLifecycle.businessKey(meetingId)).singleResult().getId();
        List<Job> waits = management.createJobQuery().processInstanceId(lifecycle).activityId("questionsSupplementWait").list();
        waits.forEach(job -> management.executeJob(job.getId()));
        return waits.size();
    }

    private double runBare(int count) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int n = ++sequence;
            Map<String, Object> variables = new HashMap<>();
            variables.put("questionId", (long) n);
            variables.put("reference", "BARE-" + n);
            variables.put("meetingId", meetingId);
            variables.put("meetingTitle", "Children and Young People Scrutiny Committee");
            variables.put("askerName", "Bench Asker " + n);
            variables.put("askerTown", "Exemplar Town");
            variables.put("questionText", "How many young carers were supported in ward " + n + "?");
            variables.put("addressedTo", "chair");
            variables.put("addressees", new ArrayList<>(List.of("chair")));
            variables.put("deadlinesText", "Answers are due before the meeting.");
            long submitted = System.nanoTime();
            String pi = runtime.startProcessInstanceByKey(BareQuestionModel.KEY, "BARE-" + n, variables).getId();
            took(BARE, "0 submit", submitted);
            drive(BARE, pi);
        }
        return count / (Timings.millisSince(started) / 1000);
    }

    /** The same calls for both models; the variables a Scrutineer delegate would set are given too. */
    private void drive(String model, String pi) {
        step(model, "1 screen", () -> complete(pi, Map.of("decision", "accept", "accepted", true)));
        step(model, "2 answer", () -> complete(pi, Map.of("answer", "Three hundred and twelve.")));
        step(model, "3 approve", () -> complete(pi, Map.of("approved", true)));
        step(model, "4 publish (job)", () -> runTheNextJob(pi));
        step(model, "5 meeting starts (timer)", () -> runTheNextJob(pi));
        step(model, "6 supplementary question", () -> complete(pi, Map.of("supplementaryAsked", false, "writtenAnswerToFollow", false)));
        step(model, "7 erasure (timer)", () -> runTheNextJob(pi));
    }

    private void step(String model, String name, Runnable call) {
        long started = System.nanoTime();
        call.run();
        took(model, name, started);
    }

    private void took(String model, String name, long started) {
        steps.computeIfAbsent(model, m -> new TreeMap<>()).computeIfAbsent(name, k -> new ArrayList<>()).add(Timings.millisSince(started));
    }

    /** Where each lifecycle's time goes: the median of each step over the measured runs, for each model. */
    private Map<String, Map<String, Double>> stepMedians() {
        Map<String, Map<String, Double>> medians = new LinkedHashMap<>();
        steps.forEach((model, byStep) -> {
            Map<String, Double> named = new LinkedHashMap<>();
            byStep.forEach((step, millis) -> named.put(step, Timings.round(Timings.median(millis))));
            medians.put(model, named);
        });
        return medians;
    }

    private void complete(String pi, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), variables);
    }

    /** Runs the one job waiting: the asynchronous publication step, then each timer in turn. */
    private void runTheNextJob(String pi) {
        Job job = management.createJobQuery().processInstanceId(pi).singleResult();
        management.executeJob(job.getId());
    }
}
