package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page of something that is not there is the "Page not found" page, and a request a page refuses
 * says why, both answered by the page handler itself rather than left to the servlet container.
 */
@ScrutineerTest
class PageProblemTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;

    @Test
    void aPageOfSomethingNotThereIsPageNotFound() throws Exception {
        for (String path : new String[] {"/meetings/987654", "/reports/987654", "/meetings/987654/ask"}) {
            MockHttpServletResponse page = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(page.getStatus()).as(path).isEqualTo(404);
            assertThat(page.getContentAsString()).as(path).contains("Page not found", "check it is correct")
                    .doesNotContain("Exception", "987654");
        }
        MockHttpServletResponse staff = mvc.perform(get("/staff/reports/987654")
                .with(user("author").authorities(() -> "report-authors"))).andReturn().getResponse();
        assertThat(staff.getStatus()).isEqualTo(404);
        assertThat(staff.getContentAsString()).contains("Page not found");

        HttpResponse<String> real = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/meetings/987654")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(real.statusCode()).isEqualTo(404);
        assertThat(real.body()).contains("Page not found").doesNotContain("Exception");
    }

    @Test
    void aRefusedRequestSaysWhyOnAPage() throws Exception {
        MockHttpServletResponse page = mvc.perform(post("/staff/meetings/reapply-rules").param("committee", "nope").with(csrf())
                .with(user("clerk").authorities(() -> "democratic-services"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("There is a problem with what was asked for",
                "There is no committee with the id &#39;nope&#39;").doesNotContain("Exception");
    }
}
