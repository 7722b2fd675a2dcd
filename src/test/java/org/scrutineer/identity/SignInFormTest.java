package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A wrong password loses nothing else the person typed: the form comes back with their user name in it. */
@ScrutineerTest
class SignInFormTest {

    @Autowired MockMvc mvc;

    @Test
    void aFailedSignInKeepsTheUserNameAndAsksOnlyForThePassword() throws Exception {
        MvcResult failed = mvc.perform(post("/login").with(csrf()).param("username", "Priya.<Patel>").param("password", "wrong")
                .with(request -> {
                    request.setRemoteAddr("192.0.2.77");
                    return request;
                })).andReturn();
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        String page = mvc.perform(get("/login").param("error", "").session((MockHttpSession) failed.getRequest().getSession()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"Priya.&lt;Patel&gt;\"").contains(LoginController.WRONG_PASSWORD);
        assertThat(page).doesNotContain("value=\"wrong\"");

        String fresh = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(fresh).doesNotContain("Priya");
    }
}
