package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingDeadlines;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every form, sent empty, comes back as GOV.UK Frontend draws a field: each hint and each error message has an id
 * its control or fieldset is described by, the control carries the error style, and each link of the error summary
 * leads to an element of the page. Screen readers read a field's hint and error with it only so.
 */
@ScrutineerTest
class FormErrorsAreTiedToTheirFieldsTest {

    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeetingOpenForQuestions() {
        clock.freezeAt(Instant.parse("2031-02-03T09:00:00Z"));
        meeting = meetings.schedule("cyp", LocalDateTime.parse("2031-03-25T14:00"), null);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestPostProcessor as(String name, String group) {
        return user(name).authorities(() -> group);
    }

    @Test
    void theQuestionForm() throws Exception {
        RequestPostProcessor resident = request -> {
            request.setRemoteAddr("10.15.0.1");
            return request;
        };
        assertTiedTogether(sent(post("/meetings/" + meeting.id() + "/ask").with(resident)), "name", "email", "text");
    }

    @Test
    void theMeetingForm() throws Exception {
        assertTiedTogether(sent(post("/staff/meetings/new").with(as("clerk", "democratic-services"))
                .param("committee", "cyp").param("day", "31").param("month", "2").param("year", "2031")), "time", "date");
    }

    @Test
    void theDeadlinesForm() throws Exception {
        MockHttpServletRequestBuilder changed = post("/staff/meetings/" + meeting.id() + "/deadlines").with(as("clerk", "democratic-services"));
        MeetingDeadlines stored = meeting.deadlines();
        changed.param("questionDay", "1").param("questionMonth", "3").param("questionYear", "2031").param("questionTime", "9:30am")
                .param("reportDay", String.valueOf(stored.reportDeadline().getDayOfMonth()))
                .param("reportMonth", String.valueOf(stored.reportDeadline().getMonthValue()))
                .param("reportYear", String.valueOf(stored.reportDeadline().getYear()))
                .param("agendaDay", String.valueOf(stored.agendaPublicationDate().getDayOfMonth()))
                .param("agendaMonth", String.valueOf(stored.agendaPublicationDate().getMonthValue()))
                .param("agendaYear", String.valueOf(stored.agendaPublicationDate().getYear()));
        assertTiedTogether(sent(changed.param("reason", " ")), "deadlineOverrideReason");
        assertTiedTogether(sent(post("/staff/meetings/" + meeting.id() + "/deadlines").with(as("clerk", "democratic-services"))
                .param("questionTime", "99").param("reason", "The clerk is away")), "questionTime");
    }

    @Test
    void theReportForm() throws Exception {
        assertTiedTogether(sent(post("/staff/reports/new").with(as("author", "report-authors"))),
                "meetingId", "title", "reportBy", "classification", "decisionType", "wards");
    }

    @Test
    void theRecommendationsForm() throws Exception {
        assertTiedTogether(sent(post("/staff/recommendations/new").with(as("clerk", "democratic-services"))
                .param("meetingId", String.valueOf(meeting.id()))
                .param("rows[0].topic", "Topic").param("rows[0].number", "").param("rows[0].text", "That it is done.")
                .param("rows[0].addressee", "executive").param("rows[0].scrutinyType", "general")), "rows-0-number");
    }

    private Document sent(MockHttpServletRequestBuilder form) throws Exception {
        var response = mvc.perform(form.with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as("the form comes back with its errors").isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static void assertTiedTogether(Document page, String... failedFields) {
        Set<String> describing = page.select("[aria-describedby]").stream()
                .flatMap(e -> Arrays.stream(e.attr("aria-describedby").split("\\s+")))
                .collect(Collectors.toSet());
        for (String field : failedFields) {
            assertThat(page.select(".govuk-error-summary a[href=#" + field + "]")).as("the summary links to %s", field).isNotEmpty();
        }
        for (Element link : page.select(".govuk-error-summary a[href^=#]")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as("the target of %s", link).isNotNull();
        }
        for (Element said : page.select("main .govuk-error-message, main .govuk-hint")) {
            assertThat(said.id()).as("the id of %s", said).isNotBlank();
            assertThat(describing).as("a field described by %s", said.id()).contains(said.id());
        }
        for (Element failed : page.select(".govuk-form-group--error > input, .govuk-form-group--error > textarea, .govuk-form-group--error > select")) {
            assertThat(failed.className()).as("the error style of %s", failed.id()).containsPattern("--error");
        }
    }
}
