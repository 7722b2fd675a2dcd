package org.scrutineer.workprogramme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.e2e.Browser;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The doors for a topic suggestion, built like the question form's: the public form with CSRF, a
 * declaration and plain reasons that keep what was typed, a size limit, the same rules through
 * {@code POST /api/topic-suggestions}, and the axe audit of the form.
 */
@ScrutineerTest
class SuggestTopicPagesTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TopicSuggestions suggestions;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theFormRefusesWhatIsMissingKeepsWhatWasTypedAndThanksTheSuggester() throws Exception {
        String path = "/committees/cyp/suggest-a-topic";
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("Suggest a topic", "I live or work in the");
        assertThat(mvc.perform(post(path).param("name", "Jo Parent")).andReturn().getResponse().getStatus()).as("without CSRF").isEqualTo(403);

        MvcResult refused = mvc.perform(post(path).with(csrf()).param("name", "Jo Parent").param("email", "jo@example")
                .param("town", "Exemplar Town").param("topic", "Short breaks")).andReturn();
        String page = refused.getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Enter an email address in the right format", "Confirm that you live or work in the area",
                "Say why the committee should look at it", "value=\"Short breaks\"", "value=\"Jo Parent\"");

        MvcResult sent = mvc.perform(post(path).with(csrf()).param("name", "Jo Parent").param("email", "jo.parent@example.org")
                .param("town", "Exemplar Town").param("livesOrWorksInArea", "true").param("topic", "Short breaks for disabled children")
                .param("reason", "Families wait months.")).andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(path + "/confirmation");
        assertThat(mvc.perform(post(path).with(csrf()).contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                .content("reason=" + "x".repeat(40_000))).andReturn().getResponse().getStatus())
                .as("more than the door takes").isEqualTo(413);
    }

    @Test
    void theApiIsTheSameDoor() throws Exception {
        ApiClient anyone = ApiClient.anonymous(port);
        HttpResponse<String> created = anyone.post("/api/topic-suggestions", "{\"committee\": \"cyp\", \"name\": \"Sam Resident\", "
                + "\"email\": \"sam.topic@example.org\", \"town\": \"Exemplar Town\", \"livesOrWorksInArea\": true, "
                + "\"topic\": \"School transport\", \"reason\": \"Routes were cut.\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.path("status").asText()).isEqualTo("received");
        assertThat(suggestions.get(body.path("id").asLong()).getTopic()).isEqualTo("School transport");

        HttpResponse<String> refused = anyone.post("/api/topic-suggestions", "{\"committee\": \"cyp\", \"topic\": \"School transport\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).at("/errors/livesOrWorksInArea").asText()).isEqualTo("Confirm that you live or work in the area");
        assertThat(anyone.post("/api/topic-suggestions", "{\"committee\": \"nowhere\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void theFormAndItsRefusalsPassTheAudit() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/committees/cyp/suggest-a-topic");
            assertThat(browser.accessibilityViolations()).as("the empty form").isEmpty();
            browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Send the suggestion']")));
            browser.waitFor(d -> d.getPageSource().contains("There is a problem"));
            browser.screenshot("suggest-a-topic-refused");
            assertThat(browser.accessibilityViolations()).as("the form with its reasons").isEmpty();
        }
    }
}
