package org.scrutineer.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StaffHomeController {

    private final List<StaffLink> links;

    StaffHomeController(List<StaffLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(StaffLink::order)).toList();
    }

    @GetMapping("/staff")
    String home(Authentication user, Model model) {
        model.addAttribute("links", links.stream().filter(l -> l.visibleTo(user.getAuthorities())).toList());
        return "web/staff-home";
    }
}
