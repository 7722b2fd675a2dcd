package org.scrutineer.meeting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.calendar.TypedDate;
import org.scrutineer.web.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/staff/committees/{id}/members")
class StaffMembershipController {

    private final Committees committees;
    private final Membership membership;
    private final EnteredDates enteredDates;

    StaffMembershipController(Committees committees, Membership membership, EnteredDates enteredDates) {
        this.committees = committees;
        this.membership = membership;
        this.enteredDates = enteredDates;
    }

    /** The members as of the day the "as of" date picker names; today when it names none, or no real day. */
    @GetMapping
    String list(@PathVariable String id, @RequestParam(required = false) String asOfDay, @RequestParam(required = false) String asOfMonth,
                @RequestParam(required = false) String asOfYear, Model model) {
        Committee committee = committees.get(id);
        LocalDate typed = TypedDate.of(asOfDay, asOfMonth, asOfYear);
        boolean unreadable = typed == null && !TypedDate.empty(asOfDay, asOfMonth, asOfYear);
        LocalDate asOf = typed == null ? membership.today() : typed;
        MemberForm form = new MemberForm();
        form.setRole("member");
        return show(model, committee, asOf, unreadable, form, Map.of());
    }

    @PostMapping
    String add(@PathVariable String id, @ModelAttribute("form") MemberForm form, Authentication who, Model model,
               RedirectAttributes redirect) {
        Committee committee = committees.get(id);
        Map<String, String> errors = form.errors(enteredDates);
        if (errors.isEmpty()) {
            try {
                MemberJson added = membership.add(committee.id(), form.candidate(),
                        who.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
                redirect.addFlashAttribute("success", added.name() + " added as " + added.role());
                return "redirect:/staff/committees/" + committee.id() + "/members?asOfDay=" + added.from().getDayOfMonth()
                        + "&asOfMonth=" + added.from().getMonthValue() + "&asOfYear=" + added.from().getYear();
            } catch (Refusal refused) {
                if (refused.errors().isEmpty()) {
                    throw refused;
                }
                errors = refused.errors();
            }
        }
        return show(model, committee, membership.today(), false, form, errors);
    }

    private String show(Model model, Committee committee, LocalDate asOf, boolean unreadable, MemberForm form, Map<String, String> errors) {
        List<MemberJson> members = membership.asOf(committee.id(), asOf);
        model.addAttribute("committee", committee);
        model.addAttribute("asOf", asOf);
        model.addAttribute("members", members);
        model.addAttribute("form", form);
        Map<String, String> shown = new LinkedHashMap<>();
        if (unreadable) {
            shown.put("asOf", "The date must be a real date, for example 21 5 2025; the members shown are those of today");
        }
        shown.putAll(errors);
        model.addAttribute("errors", shown);
        model.addAttribute("roles", List.of(MemberRole.values()).stream()
                .map(r -> Map.of("value", r.word(), "text", capitalised(r.word()))).toList());
        return "meeting/staff-members";
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
