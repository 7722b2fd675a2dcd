package org.scrutineer.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** "Run the reminder sweep now" on the outbox page: the morning's digests at once, for administrators only. */
@ScrutineerTest
class ReminderSweepPageTest {

    private static final String FIXTURE = "sweep-page-fixture";
    private static final RequestPostProcessor ADMIN = user("demo").authorities(() -> "camunda-admin", () -> "democratic-services");
    private static final RequestPostProcessor CLERK = user("clerk").authorities(() -> "democratic-services");

    @Autowired MockMvc mvc;
    @Autowired AppClock clock;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired OutboxRepository outbox;
    private Deployment fixture;
    private long lastMessageBefore;

    @BeforeEach
    void aTaskOfTheClerksOverdueOnATuesday() {
        lastMessageBefore = outbox.findAll().stream().mapToLong(OutboxMessage::getId).max().orElse(0);
        fixture = repositoryService.createDeployment().addModelInstance(FIXTURE + ".bpmn", Bpmn.createExecutableProcess(FIXTURE)
                .name("Sweep page fixture").camundaHistoryTimeToLive(1)
                .startEvent().userTask("clerksWork").name("Clerk's work").camundaAssignee("clerk").camundaDueDate("${due}").endEvent()
                .done()).deploy();
        clock.freezeAt(Instant.parse("2024-06-11T07:30:00Z"));
        runtimeService.startProcessInstanceByKey(FIXTURE, Map.of("due", "2024-06-07T17:00:00+01:00"));
    }

    @AfterEach
    void clearUp() {
        repositoryService.deleteDeployment(fixture.getId(), true);
        outbox.deleteAll(outbox.findAll().stream().filter(m -> m.getId() > lastMessageBefore).toList());
        clock.reset();
    }

    @Test
    void anAdministratorRunsTheSweepFromTheOutboxAndSeesWhatItQueued() throws Exception {
        String page = mvc.perform(get("/staff/outbox").with(ADMIN)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Run the reminder sweep now");
        long digestsForTheClerk = digestsTo("clerk@");

        mvc.perform(post("/staff/outbox/reminder-sweep").with(csrf()).with(ADMIN))
                .andExpect(redirectedUrl("/staff/outbox"))
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.matchesPattern(
                        "The sweep queued [1-9]\\d* digests? of overdue tasks and \\d+ escalations?\\..*")));
        assertThat(digestsTo("clerk@")).as("the clerk's digest is queued").isEqualTo(digestsForTheClerk + 1);

        mvc.perform(post("/staff/outbox/reminder-sweep").with(csrf()).with(ADMIN))
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.startsWith("The sweep queued 0 digests")));
        assertThat(digestsTo("clerk@")).as("one digest a day").isEqualTo(digestsForTheClerk + 1);
    }

    @Test
    void onASundayTheOutboxSaysNothingWasSent() throws Exception {
        clock.freezeAt(Instant.parse("2024-06-16T07:30:00Z"));
        mvc.perform(post("/staff/outbox/reminder-sweep").with(csrf()).with(ADMIN))
                .andExpect(flash().attribute("success", "Today is not a working day, so the sweep sent no reminders."));
    }

    @Test
    void aClerkNeitherSeesTheButtonNorMayRunTheSweep() throws Exception {
        String page = mvc.perform(get("/staff/outbox").with(CLERK)).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Run the reminder sweep now");
        long before = outbox.count();
        mvc.perform(post("/staff/outbox/reminder-sweep").with(csrf()).with(CLERK)).andExpect(status().isForbidden());
        assertThat(outbox.count()).isEqualTo(before);
    }

    private long digestsTo(String recipientStart) {
        return outbox.findAll().stream()
                .filter(m -> m.getRecipient().startsWith(recipientStart) && SendOverdueDigests.KIND.equals(m.getKind())).count();
    }
}
