package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ScrutineerTest
class MembershipPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Membership membership;

    /** The date input's part, with the value it shows. */
    private static Matcher<String> typed(String name, String value) {
        return matchesRegex("(?s).*name=\"" + name + "\"\\s+value=\"" + value + "\".*");
    }

    private static RequestPostProcessor clerk() {
        return user("clerk").authorities(() -> "democratic-services");
    }

    @Test
    void listsTodaysMembersWithTheContactOfficerAndIsLinkedFromTheMeetingsPage() throws Exception {
        mvc.perform(get("/staff/committees/cyp/members").with(clerk()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Cllr Margaret Okafor"), containsString("Cllr Sunita Patel"),
                        not(containsString("Cllr Daniel Hughes</td>\n      <td class=\"govuk-table__cell\">vice-chair")),
                        containsString("Representative of the Diocese of Hereford"),
                        containsString("Parent governor representative for the special school sector"),
                        containsString("Priya Raman"), containsString("01632 960 418"),
                        containsString("mailto:democratic.services@council.example"))));
        mvc.perform(get("/staff/meetings").with(clerk()))
                .andExpect(content().string(containsString("href=\"/staff/committees/cyp/members\"")));
    }

    @Test
    void showsTheMembersAsOfTheDatePicked() throws Exception {
        mvc.perform(get("/staff/committees/cyp/members").param("asOfDay", "1").param("asOfMonth", "6").param("asOfYear", "2024").with(clerk()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Members on Saturday 1 June 2024"),
                        containsString("Cllr Daniel Hughes"), not(containsString("Cllr Sunita Patel")),
                        typed("asOfYear", "2024"))));
        mvc.perform(get("/staff/committees/cyp/members").param("asOfDay", "1").param("asOfMonth", "6").param("asOfYear", "2001").with(clerk()))
                .andExpect(content().string(containsString("The committee had no members on that day.")));
    }

    @Test
    void addsAMemberAndShowsThemFromTheDayTheyJoin() throws Exception {
        mvc.perform(post("/staff/committees/cyp/members").with(clerk()).with(csrf())
                        .param("name", "Revd Peter Lowe").param("role", "co-opted").param("represents", "Roman Catholic diocese")
                        .param("voting", "no").param("fromDay", "3").param("fromMonth", "6").param("fromYear", "2013")
                        .param("toDay", "19").param("toMonth", "5").param("toYear", "2014"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/committees/cyp/members?asOfDay=3&asOfMonth=6&asOfYear=2013"));
        mvc.perform(get("/staff/committees/cyp/members?asOfDay=3&asOfMonth=6&asOfYear=2013").with(clerk()))
                .andExpect(content().string(allOf(containsString("Revd Peter Lowe"), containsString("Roman Catholic diocese"),
                        containsString("From 3 June 2013 to 19 May 2014"))));
        assertThat(membership.asOf("cyp", LocalDate.of(2013, 6, 3))).as("the member is stored as typed")
                .filteredOn(m -> m.name().equals("Revd Peter Lowe")).singleElement()
                .satisfies(m -> {
                    assertThat(m.role()).isEqualTo("co-opted");
                    assertThat(m.represents()).isEqualTo("Roman Catholic diocese");
                    assertThat(m.voting()).isFalse();
                    assertThat(m.to()).isEqualTo(LocalDate.of(2014, 5, 19));
                });
    }

    @Test
    void aMistakeIsShownBesideItsFieldAndInTheSummaryKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/staff/committees/cyp/members").with(clerk()).with(csrf())
                        .param("name", "Cllr Typed Name").param("role", "member").param("represents", "The rotary club")
                        .param("fromDay", "3").param("fromMonth", "6").param("fromYear", "2014")
                        .param("toDay", "2").param("toMonth", "6").param("toYear", "2014"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Error: "), containsString("govuk-error-summary"),
                        containsString("href=\"#represents\""), containsString("id=\"represents-error\""),
                        containsString("Only a co-opted member represents someone"),
                        containsString("href=\"#to\""), containsString("id=\"to-error\""),
                        containsString("The date the term ends must be the same as or after the date it starts"),
                        containsString("value=\"Cllr Typed Name\""), containsString("value=\"The rotary club\""),
                        typed("toDay", "2"))));
        mvc.perform(post("/staff/committees/cyp/members").with(clerk()).with(csrf())
                        .param("name", " ").param("fromDay", "31").param("fromMonth", "2").param("fromYear", "2014"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"name-error\""), containsString("Enter the member&#39;s name"),
                        containsString("id=\"role-error\""), containsString("id=\"from-error\""),
                        containsString("The date the term starts must be a real date"), typed("fromDay", "31"))));
        mvc.perform(get("/staff/committees/cyp/members?asOfDay=3&asOfMonth=6&asOfYear=2014").with(clerk()))
                .andExpect(content().string(not(containsString("Cllr Typed Name"))));
        assertThat(membership.asOf("cyp", LocalDate.of(2014, 6, 3))).as("nothing refused is stored")
                .extracting(MemberJson::name).doesNotContain("Cllr Typed Name");
    }

    @Test
    void onlyDemocraticServicesMayOpenIt() throws Exception {
        int forbidden = mvc.perform(get("/staff/committees/cyp/members").with(user("member").authorities(() -> "committee-members")))
                .andReturn().getResponse().getStatus();
        assertThat(forbidden).isEqualTo(403);
        mvc.perform(get("/staff/committees/nope/members").with(clerk())).andExpect(status().isNotFound());
    }
}
