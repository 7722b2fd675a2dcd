package org.scrutineer.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A member of staff's own calendar of task due days, behind a link only they were shown, which a new link stops. */
@ScrutineerTest
class TaskCalendarFeedTest {

    @Autowired MockMvc mvc;
    @Autowired TaskService taskService;
    @Autowired AppClock clock;

    private Task task;

    @BeforeEach
    void aTaskForTheClerk() {
        clock.freezeAt(Instant.parse("2027-03-01T09:00:00Z"));
        task = taskService.newTask();
        task.setName("Book the room for the budget meeting " + System.nanoTime());
        task.setAssignee("clerk");
        task.setDueDate(Date.from(Instant.parse("2027-03-04T17:00:00Z")));
        taskService.saveTask(task);
    }

    @AfterEach
    void cleanUp() {
        taskService.deleteTask(task.getId(), true);
        clock.reset();
    }

    private static RequestPostProcessor clerk() {
        return user("clerk").authorities(() -> "democratic-services");
    }

    private String newLink() throws Exception {
        var made = mvc.perform(post("/staff/calendar/link").with(clerk()).with(csrf())).andReturn();
        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/staff/calendar");
        return (String) made.getFlashMap().get("link");
    }

    private MockHttpServletResponse fetch(String link) throws Exception {
        return mvc.perform(get(link.substring(link.indexOf("/feeds/")))).andReturn().getResponse();
    }

    @Test
    void theClerksLinkShowsTheirTasksDueDaysAndANewLinkStopsTheOldOne() throws Exception {
        assertThat(mvc.perform(get("/staff/calendar").with(clerk())).andReturn().getResponse().getContentAsString())
                .contains("You have no calendar link yet", "Make my calendar link");

        String link = newLink();
        assertThat(link).matches(".*/feeds/tasks/[A-Za-z0-9_-]{43}\\.ics");
        MockHttpServletResponse feed = fetch(link);
        assertThat(feed.getStatus()).as("a calendar fetches it without signing in").isEqualTo(200);
        assertThat(feed.getContentType()).startsWith("text/calendar");
        assertThat(feed.getHeader("Cache-Control")).contains("no-store");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getContentAsString()));
        VEvent due = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith("task-" + task.getId() + "@")).findFirst().orElseThrow();
        assertThat(due.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Due: " + task.getName());
        assertThat(due.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.parse("2027-03-04"));
        assertThat(due.getProperty(Property.URL).orElseThrow().getValue()).contains("/camunda/app/tasklist/default/#/?task=" + task.getId());

        String page = mvc.perform(get("/staff/calendar").with(clerk())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You made your calendar link on", "Make a new link and stop the old one").doesNotContain(link);

        String next = newLink();
        assertThat(next).isNotEqualTo(link);
        assertThat(fetch(link).getStatus()).as("the old link stops working").isEqualTo(404);
        assertThat(fetch(next).getStatus()).isEqualTo(200);
        assertThat(fetch("/feeds/tasks/not-anyones.ics").getStatus()).isEqualTo(404);
    }

    @Test
    void theCalendarPageIsForStaffWhoHaveSignedIn() throws Exception {
        assertThat(mvc.perform(get("/staff/calendar").accept("text/html")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(post("/staff/calendar/link").with(clerk())).andReturn().getResponse().getStatus()).as("no CSRF token").isEqualTo(403);
    }
}
