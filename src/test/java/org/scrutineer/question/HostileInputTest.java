package org.scrutineer.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Arbitrary input at the public doors: any Unicode, control characters, very long strings, markup
 * and SQL. Each submission gets a clean 4xx or is stored, and whatever is stored is shown escaped;
 * nothing ever gets a 500.
 */
@ScrutineerTest
class HostileInputTest {

    private static final List<String> ATTACKS = List.of(
            "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
            "'; DROP TABLE public_question; --", "1' OR '1'='1", "Robert'); DELETE FROM outbox_message; --",
            "${7*7}", "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]", "#{7*7}", "{{7*7}}",
            "\u0000\u0001\u0007\u001b[31m", "\u202e\u200b\ufeff", "💥🏴󠁧󠁢󠁥󠁮󠁧󠁿", "\ud800", "%00%0d%0a", "\r\nBcc: victim@example.org");
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;

    @BeforeEach
    void setUp() {
        meeting = QuestionFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(50),
                Arbitraries.strings().alpha().ofMinLength(5_000).ofMaxLength(70_000),
                Arbitraries.of(ATTACKS),
                Combinators.combine(Arbitraries.of(ATTACKS), Arbitraries.strings().alpha().numeric().withChars(' ').ofMaxLength(40))
                        .as((attack, words) -> words + " " + attack + " " + words));
    }

    private static List<String> samples(Arbitrary<String> arbitrary, int count) {
        return new ArrayList<>(arbitrary.sampleStream().limit(count).toList());
    }

    private static String nextClient() {
        int n = CLIENTS.incrementAndGet();
        return "10.9." + (n / 250) + "." + (n % 250 + 1);
    }

    private void assertClean(MockHttpServletResponse response, String input) {
        assertThat(response.getStatus()).as("input %s", input).isLessThan(500);
        assertThat(response.getContentAsByteArray().length).as("input %s", input).isPositive();
    }

    @Test
    void theQuestionApiAnswersEveryInputWithA2xxOrA4xx() throws Exception {
        List<String> texts = samples(hostileText(), 120);
        List<String> names = samples(hostileText(), 120);
        List<String> emails = samples(Arbitraries.oneOf(hostileText(),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(s -> s + "@example.org")), 120);
        int stored = 0;
        boolean storedMarkup = false;
        for (int i = 0; i < texts.size(); i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("meetingId", meeting.id());
            body.put("name", names.get(i));
            body.put("email", i % 3 == 0 ? QuestionFixtures.uniqueEmail() : emails.get(i));
            body.put("town", names.get((i + 1) % names.size()));
            body.put("livesOrWorksInArea", true);
            body.put("addressedTo", i % 5 == 0 ? texts.get(i) : "chair");
            body.put("text", texts.get(i));
            String client = nextClient();
            MockHttpServletResponse response = mvc.perform(post("/api/questions").contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body)).with(r -> {
                        r.setRemoteAddr(client);
                        return r;
                    })).andReturn().getResponse();
            assertClean(response, body.toString());
            if (response.getStatus() == 201) {
                stored++;
                storedMarkup |= names.get(i).contains("<") || texts.get(i).contains("<");
            }
        }
        assertThat(stored).as("some arbitrary questions are acceptable and stored").isPositive();

        String staffList = mvc.perform(get("/staff/meetings/" + meeting.id() + "/questions").with(user("clerk").authorities(
                () -> "democratic-services"))).andReturn().getResponse().getContentAsString();
        assertThat(staffList).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<svg onload");
        if (storedMarkup) {
            assertThat(staffList).contains("&lt;");
        }
    }

    @Test
    void controlCharactersAndBrokenSymbolsAreRefusedButLineBreaksInTheQuestionAreKept() {
        assertThat(QuestionIntake.printable("Sam\r\nBcc: victim@example.org", false)).isFalse();
        assertThat(QuestionIntake.printable("Sam \ud800 Resident", false)).isFalse();
        assertThat(QuestionIntake.printable("Bell\u0007", true)).isFalse();
        assertThat(QuestionIntake.printable("Zoë Ó'Brien 💥", false)).isTrue();
        assertThat(QuestionIntake.printable("First line.\r\nSecond line.\tTabbed.", true)).isTrue();
    }

    @Test
    void theQuestionFormAnswersEveryInputWithAPageOrARedirect() throws Exception {
        for (String text : samples(hostileText(), 40)) {
            String client = nextClient();
            MockHttpServletResponse response = mvc.perform(post("/meetings/" + meeting.id() + "/ask").with(csrf())
                    .with(r -> {
                        r.setRemoteAddr(client);
                        return r;
                    })
                    .param("name", text).param("email", QuestionFixtures.uniqueEmail()).param("town", text)
                    .param("livesOrWorksInArea", "true").param("addressedTo", "officer").param("text", text))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as("input %s", text).isIn(200, 302, 303, 400, 413, 422);
            String page = response.getContentAsString();
            assertThat(page).as("input %s", text).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContain("<svg onload");
        }
    }
}
