package org.scrutineer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The staff dashboard: work waiting per lifecycle, counted as the person may see it, and accessible charts. */
@ScrutineerTest
class StaffDashboardTest {

    private static final String PROCESS = "dashboard-check";

    @Autowired MockMvc mvc;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @BeforeEach
    void threeTasksForTheClerksOneOverdue() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() > 0) {
            return;
        }
        repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                .name("Dashboard check").camundaHistoryTimeToLive(1)
                .startEvent().userTask("check").name("Check").camundaCandidateGroups("democratic-services").endEvent().done()).deploy();
        for (int i = 0; i < 3; i++) {
            String instance = runtimeService.startProcessInstanceByKey(PROCESS).getId();
            Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
            task.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(i == 0 ? -3 : 5))));
            taskService.saveTask(task);
        }
    }

    private Document page(String user, String... groups) throws Exception {
        return Jsoup.parse(mvc.perform(get("/staff").with(user(user).authorities(
                List.of(groups).stream().map(g -> (org.springframework.security.core.GrantedAuthority) () -> g).toList())))
                .andReturn().getResponse().getContentAsString());
    }

    private static Element row(Document page, String lifecycle) {
        return page.select("#open-tasks tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(lifecycle)).findFirst().orElse(null);
    }

    @Test
    void theClerkSeesTheirGroupsOpenAndOverdueTasksPerLifecycle() throws Exception {
        Element row = row(page("clerk", "democratic-services"), "Dashboard check");

        assertThat(row).isNotNull();
        assertThat(row.select("td").eachText()).containsExactly("3", "1");
    }

    @Test
    void aTaskAssignedToSomeoneCountsForThemToo() throws Exception {
        Task first = taskService.createTaskQuery().processDefinitionKey(PROCESS).orderByDueDate().asc().list().get(0);
        taskService.setAssignee(first.getId(), "member");

        Element row = row(page("member", "committee-members"), "Dashboard check");

        assertThat(row).isNotNull();
        assertThat(row.select("td").eachText()).containsExactly("1", "1");
    }

    @Test
    void someoneOutsideTheGroupDoesNotCountItsTasks() throws Exception {
        assertThat(row(page("chair", "scrutiny-chairs"), "Dashboard check")).isNull();
    }

    @Test
    void disputeFiguresAppearOnlyForTheDisputeGroups() throws Exception {
        assertThat(page("service-director", "service-directors").select("figcaption").eachText())
                .anyMatch(caption -> caption.startsWith("IRO disputes"));
        assertThat(page("clerk", "democratic-services").select("figcaption").eachText())
                .noneMatch(caption -> caption.startsWith("IRO disputes"));
    }

    @Test
    void everyChartHasATextAlternativeAndADataTable() throws Exception {
        Document page = page("clerk", "democratic-services");
        List<Element> charts = page.select("figure.scrutineer-chart");

        assertThat(charts).extracting(f -> f.selectFirst("figcaption").text())
                .contains("Open tasks by lifecycle", "Executive responses to recommendations");
        for (Element chart : charts) {
            Element svg = chart.selectFirst("svg[role=img]");
            assertThat(svg).isNotNull();
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertThat(page.getElementById(id)).as(id).isNotNull();
                assertThat(page.getElementById(id).text()).isNotBlank();
            }
            assertThat(chart.select("table th[scope=row]").size()).isEqualTo(chart.select("svg rect").size());
        }
        Element openTasks = charts.stream().filter(c -> c.selectFirst("figcaption").text().equals("Open tasks by lifecycle"))
                .findFirst().orElseThrow();
        assertThat(openTasks.selectFirst("desc").text()).contains("Dashboard check: 3");
    }
}
