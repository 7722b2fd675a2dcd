package org.scrutineer.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StaffHomeController {

    @GetMapping("/staff")
    String home() {
        return "web/staff-home";
    }
}
