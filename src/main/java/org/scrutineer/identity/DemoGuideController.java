package org.scrutineer.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The "Try it" steps for the demo logins; there is no such page where no demo users are seeded. */
@Controller
@ConditionalOnProperty(name = "scrutineer.demo-data", havingValue = "true")
class DemoGuideController {

    static final String PATH = "/about/demo";

    @GetMapping(PATH)
    String guide() {
        return "identity/demo-guide";
    }
}
