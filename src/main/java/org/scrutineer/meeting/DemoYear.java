package org.scrutineer.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.TaskService;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.scrutineer.identity.Roles;
import org.scrutineer.notification.MailReset;
import org.scrutineer.notification.OutboxAdmin;
import org.scrutineer.notification.OutboxStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo municipal year on an empty database, so that the embedded default shows the
 * product working: the committee's meetings, and through each lifecycle's {@link DemoContribution}
 * questions, reports at every stage of sign-off, recommendations awaiting, overdue and answered,
 * a tracker history and two IRO disputes, with their tasks, timers and mail all real.
 *
 * <p>Past states need past time, so the year is lived through: the one clock is frozen at the
 * beginning of the story and moved to each step's time, where the step runs through the services
 * and tasks people use; the timers and asynchronous steps that fall due on the way are run then and
 * there, in this thread, as the job executor would have run them. At the end the clock is put back
 * where it stood (real time, or the {@code scrutineer.clock.start} a demonstration chose), in a
 * {@code finally}.
 *
 * <p>Nothing else moves on the way. This runs as an {@link ApplicationRunner}, before the engine's
 * job executor starts (Camunda starts it on {@code ApplicationReadyEvent}); should it be running, it
 * is stopped for the seeding and started again after, so no job is run twice or at a time the story
 * has not reached. The outbox poller does run, and may deliver the story's mail as it goes: a message
 * is due from the moment it is written, so it is delivered at once or at the latest when the clock is
 * back. The readiness probe answers UP only after the seeding.
 *
 * <p>It runs once: a database with any meeting is left as it is. {@code --scrutineer.demo-data.reset=true}
 * deletes the lifecycles' processes with their history, their records, the meetings and the mail, puts
 * the committees' members back as {@code config/} lists them, and seeds the year again.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = {"scrutineer.demo-data", "scrutineer.demo-data.year"}, havingValue = "true")
public class DemoYear implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoYear.class);
    private static final int MOST_JOBS_AT_ONE_TIME = 1000;

    private final MeetingService meetingService;
    private final MeetingRepository meetings;
    private final Membership membership;
    private final Committees committees;
    private final DeadlineRules deadlineRules;
    private final List<DemoContribution> contributions;
    private final AppClock clock;
    private final WorkingDayCalendar calendar;
    private final ProcessEngine engine;
    private final MailReset mailReset;
    private final OutboxAdmin outbox;
    private final Resource folder;
    private final boolean reset;
    private volatile Seeded lastSeeded;

    DemoYear(MeetingService meetingService, MeetingRepository meetings, Membership membership, Committees committees, DeadlineRules deadlineRules,
             List<DemoContribution> contributions, AppClock clock, WorkingDayCalendar calendar, ProcessEngine engine,
             MailReset mailReset, OutboxAdmin outbox,
             @Value("${scrutineer.demo-data.folder}") Resource folder,
             @Value("${scrutineer.demo-data.reset}") boolean reset) {
        this.meetingService = meetingService;
        this.meetings = meetings;
        this.membership = membership;
        this.committees = committees;
        this.deadlineRules = deadlineRules;
        this.contributions = contributions;
        this.clock = clock;
        this.calendar = calendar;
        this.engine = engine;
        this.mailReset = mailReset;
        this.outbox = outbox;
        this.folder = folder;
        this.reset = reset;
    }

    /** What one seeding made, and how long it took. */
    public record Seeded(Duration took, int meetings, long processes, long openTasks, long overdueTasks, long emails) {

        String summary() {
            return String.format(Locale.UK, "Demo year seeded in %.1f s: %d meetings, %d processes, %d open tasks (%d overdue), %d emails",
                    took.toMillis() / 1000.0, meetings, processes, openTasks, overdueTasks, emails);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (reset) {
            forget();
        } else if (meetings.count() > 0) {
            log.info("Demo year not seeded: the database already has meetings (start with --scrutineer.demo-data.reset=true to seed it again)");
            return;
        }
        try {
            seed();
        } catch (RuntimeException e) {
            log.error("The demo year could not be seeded; start with --scrutineer.demo-data.reset=true to try again", e);
        }
    }

    /** The last seeding since this application started, if there was one. */
    public Optional<Seeded> lastSeeded() {
        return Optional.ofNullable(lastSeeded);
    }

    /** Deletes the demo year and seeds it again, as a start with {@code --scrutineer.demo-data.reset=true} does. */
    public Seeded seedAgain() {
        forget();
        return seed();
    }

    private Seeded seed() {
        long started = System.nanoTime();
        DemoCalendar dates = DemoStory.read(folder, "meetings.yaml", DemoCalendar.class);
        AppClock.Setting setting = clock.setting();
        JobExecutor jobExecutor = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
        boolean executorWasRunning = jobExecutor != null && jobExecutor.isActive();
        if (executorWasRunning) {
            jobExecutor.shutdown();
        }
        long processesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        Instant now = clock.instant();
        try {
            LocalDateTime londonNow = LondonTime.of(Date.from(now));
            LocalDateTime firstPast = meetingDay(dates, londonNow, dates.firstPastMeeting());
            LocalDateTime begins = firstPast.toLocalDate().minusDays(dates.storyBeginsDaysBeforeFirstMeeting()).atTime(9, 0);
            clock.freezeAt(LondonTime.at(begins).toInstant());
            DemoMeetings year = new DemoMeetings(schedule(dates, firstPast),
                    schedule(dates, meetingDay(dates, londonNow, dates.secondPastMeeting())),
                    schedule(dates, nextMeetingDay(dates, londonNow)),
                    schedule(dates, meetingDay(dates, londonNow, dates.laterMeeting())));
            DemoStory story = new DemoStory(year, begins, londonNow, calendar, engine.getTaskService(),
                    engine.getIdentityService(), folder);
            contributions.forEach(c -> c.plan(story));
            for (DemoStory.Step step : story.inDateOrder()) {
                clock.freezeAt(LondonTime.at(step.at()).toInstant());
                runDueJobs();
                try {
                    step.action().run();
                } catch (RuntimeException e) {
                    throw new IllegalStateException("The demo step '" + step.what() + "' at " + step.at() + " failed: " + e.getMessage(), e);
                }
            }
            clock.freezeAt(now);
            runDueJobs();
        } finally {
            clock.restore(setting);
            if (executorWasRunning) {
                jobExecutor.start();
            }
        }
        TaskService tasks = engine.getTaskService();
        Seeded seeded = new Seeded(Duration.ofNanos(System.nanoTime() - started), (int) meetings.count(),
                engine.getHistoryService().createHistoricProcessInstanceQuery().count() - processesBefore,
                tasks.createTaskQuery().count(), tasks.createTaskQuery().dueBefore(Date.from(clock.instant())).count(),
                emails());
        lastSeeded = seeded;
        log.info(seeded.summary());
        return seeded;
    }

    private long emails() {
        return Arrays.stream(OutboxStatus.values()).mapToLong(status -> outbox.count(List.of(Roles.ADMIN), status)).sum();
    }

    /** The working day on or after {@code days} from today, at the committee's time. */
    private LocalDateTime meetingDay(DemoCalendar dates, LocalDateTime now, int days) {
        return dates.at(calendar.nextWorkingDayOnOrAfter(now.toLocalDate().plusDays(days)));
    }

    /** The next meeting, moved on until its questions are open for long enough that someone could still ask one. */
    private LocalDateTime nextMeetingDay(DemoCalendar dates, LocalDateTime now) {
        Committee committee = committees.named(dates.committee());
        LocalDateTime next = meetingDay(dates, now, dates.nextMeeting());
        while (!deadlineRules.deadlinesFor(committee, next).questionDeadline().isAfter(now.plusHours(dates.questionsOpenAtLeastHours()))) {
            next = dates.at(calendar.addWorkingDays(next.toLocalDate(), 1));
        }
        return next;
    }

    private ScheduledMeeting schedule(DemoCalendar dates, LocalDateTime startsAt) {
        return meetingService.schedule(dates.committee(), startsAt, dates.venue());
    }

    /** Runs every job of a process that is due by the clock, and those they make due, as the job executor would. */
    private void runDueJobs() {
        ManagementService management = engine.getManagementService();
        int run = 0;
        while (run < MOST_JOBS_AT_ONE_TIME) {
            List<Job> due = management.createJobQuery().executable().active().orderByJobDuedate().asc().list().stream()
                    .filter(job -> job.getProcessInstanceId() != null).toList();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                    management.executeJob(job.getId());
                }
                run++;
            }
        }
        throw new IllegalStateException("More than " + MOST_JOBS_AT_ONE_TIME + " jobs fell due at one time in the demo year");
    }

    /** Deletes the lifecycles' processes and their history, then their records, the meetings, the members' later changes and the mail. */
    private void forget() {
        RuntimeService runtime = engine.getRuntimeService();
        HistoryService history = engine.getHistoryService();
        RepositoryService repository = engine.getRepositoryService();
        List<String> running = runtime.createProcessInstanceQuery().rootProcessInstances().list().stream()
                .map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
            runtime.deleteProcessInstances(running, "The demo year is seeded again", true, true, false);
        }
        List<String> finished = history.createHistoricProcessInstanceQuery().list().stream()
                .map(HistoricProcessInstance::getId).toList();
        if (!finished.isEmpty()) {
            history.deleteHistoricProcessInstancesIfExists(finished);
        }
        for (DecisionDefinition decision : repository.createDecisionDefinitionQuery().list()) {
            history.deleteHistoricDecisionInstanceByDefinitionId(decision.getId());
        }
        contributions.forEach(DemoContribution::forget);
        meetings.deleteAllInBatch();
        membership.seedAgainFromConfig();
        mailReset.forgetAll();
        log.info("Demo year deleted, to be seeded again");
    }
}
