package org.scrutineer.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.calendar.DateWords;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    static final String WRONG_PASSWORD = "The user name or password is not right";

    private final DateWords words;
    private final Clock clock;

    LoginController(DateWords words, Clock clock) {
        this.words = words;
        this.clock = clock;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 HttpServletRequest request, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("problem", error == null ? null : problem(request.getSession(false)));
        model.addAttribute("username", error == null ? null : KeepUserName.of(request.getSession(false)));
        return "identity/login";
    }

    private String problem(HttpSession session) {
        Object refusal = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (!(refusal instanceof TooManyFailedSignIns tooMany)) {
            return WRONG_PASSWORD;
        }
        String when = "Try again after " + inWords(tooMany.until());
        return tooMany.source() == TooManyFailedSignIns.Source.ACCOUNT
                ? "There have been too many wrong passwords for this account. " + when + ", or ask an administrator to unlock it"
                : "There have been too many failed sign-ins from your network. " + when;
    }

    /** "3:15pm", or "12:05am on Thursday 13 March 2025" when that is not today; rounded up to the minute. */
    private String inWords(Instant until) {
        LocalDateTime at = until.atZone(AppClock.LONDON).toLocalDateTime();
        LocalDateTime minute = at.truncatedTo(ChronoUnit.MINUTES);
        if (minute.isBefore(at)) {
            minute = minute.plusMinutes(1);
        }
        return minute.toLocalDate().equals(clock.instant().atZone(AppClock.LONDON).toLocalDate())
                ? words.time(minute.toLocalTime()) : words.timeOnDate(minute);
    }
}
