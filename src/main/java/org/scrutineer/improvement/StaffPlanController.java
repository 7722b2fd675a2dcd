package org.scrutineer.improvement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;

import org.scrutineer.web.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The improvement plans in the staff area: the list with the import form, and each plan by theme. */
@Controller
@RequestMapping("/staff/plans")
class StaffPlanController {

    static final long MAX_FILE_BYTES = PlanImportLimit.MAX.toBytes();

    private final Plans plans;
    private final PlanImport importer;
    private final PlanEditing editing;
    private final PlanPage page;

    StaffPlanController(Plans plans, PlanImport importer, PlanEditing editing, PlanPage page) {
        this.plans = plans;
        this.importer = importer;
        this.editing = editing;
        this.page = page;
    }

    @GetMapping
    String list(Model model) {
        return list(model, Map.of());
    }

    @PostMapping("/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Principal person, Model model,
                      RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            return list(model, Map.of("file", "Choose the plan's CSV file"));
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            return list(model, Map.of("file", "The file must be smaller than 2 MB"));
        }
        try {
            PlanImportResult result = importer.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8), person.getName());
            redirect.addFlashAttribute("success", result.imported() + (result.imported() == 1 ? " row" : " rows") + " imported, "
                    + result.unchanged() + " already held and left as they were.");
            redirect.addFlashAttribute("warnings", result.warnings());
            return "redirect:/staff/plans/" + result.planId();
        } catch (Refusal refused) {
            return list(model, Map.of("file", refused.errors().getOrDefault("csv", refused.getMessage())));
        }
    }

    @GetMapping("/{id:\\d+}")
    String plan(@PathVariable long id, Model model) {
        return page.show(id, model, null, Map.of(), Map.of());
    }

    @PostMapping("/{id:\\d+}/details")
    String describe(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            editing.describe(id, form.get("title"), form.get("directorate"), form.get("period"), form.get("owner"));
            redirect.addFlashAttribute("success", "The plan's details are saved.");
            return "redirect:/staff/plans/" + id;
        } catch (Refusal refused) {
            return page.show(id, model, "details", refused.errors(), form);
        }
    }

    @PostMapping("/{id:\\d+}/actions/{actionId:\\d+}/lead")
    String leadAction(@PathVariable long id, @PathVariable long actionId, @RequestParam(required = false) String lead, Model model,
                      RedirectAttributes redirect) {
        try {
            editing.leadAction(id, actionId, lead);
            redirect.addFlashAttribute("success", "The action's lead is saved; an open update is theirs now.");
            return "redirect:/staff/plans/" + id + "#action-" + actionId;
        } catch (Refusal refused) {
            return page.show(id, model, null, refused.errors(), Map.of());
        }
    }

    @PostMapping("/{id:\\d+}/themes/{themeId:\\d+}/lead")
    String leadTheme(@PathVariable long id, @PathVariable long themeId, @RequestParam(required = false) String lead, Model model,
                     RedirectAttributes redirect) {
        try {
            editing.leadTheme(id, themeId, lead);
            redirect.addFlashAttribute("success", "The theme's accountable lead is saved.");
            return "redirect:/staff/plans/" + id;
        } catch (Refusal refused) {
            return page.show(id, model, null, refused.errors(), Map.of());
        }
    }

    @GetMapping("/{id:\\d+}/export.csv")
    ResponseEntity<String> export(@PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"improvement-plan-" + id + ".csv\"").body(plans.csv(id));
    }

    private String list(Model model, Map<String, String> errors) {
        model.addAttribute("plans", plans.all());
        model.addAttribute("brags", Brag.values());
        model.addAttribute("errors", errors);
        model.addAttribute("columns", String.join(", ", PlanImport.COLUMNS));
        return "improvement/plans";
    }
}
