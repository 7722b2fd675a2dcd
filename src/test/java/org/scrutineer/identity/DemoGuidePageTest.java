package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The "Try it" steps of the README, on a public page that the footer links to wherever demo users are seeded. */
@ScrutineerTest
class DemoGuidePageTest {

    @Autowired MockMvc mvc;

    @Test
    void anyoneReadsTheFiveJourneysWithTheLoginForEach() throws Exception {
        Document guide = Jsoup.parse(mvc.perform(get("/about/demo")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(guide.select("h1").text()).isEqualTo("Try the demo");
        assertThat(guide.select("h2[id]").eachAttr("id")).containsExactly("approve-reviewers", "executive-response", "overdue-reminders",
                "record-minutes", "improvement-plan");
        assertThat(guide.select("#approve-reviewers + ol").text()).contains("Sign in as clerk", "Approve the reviewers");
        assertThat(guide.select("#executive-response + ol").text()).contains("Sign in as cabinet-member", "Record the response");
        assertThat(guide.select("#overdue-reminders + ol").text()).contains("Sign in as demo", "Run the reminder sweep now");
        assertThat(guide.select("#record-minutes + ol").text()).contains("Sign in as clerk", "Record the minutes", "Sign in as chair");
        assertThat(guide.select("#improvement-plan + ol").text()).contains("Sign in as head-of-service", "Update the action's progress",
                "Place the report on a meeting's agenda");
    }

    @Test
    void theFooterOfEveryPageLinksToIt() throws Exception {
        Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(home.select("footer a[href=/about/demo]").text()).isEqualTo("Try the demo");
    }
}
