package org.scrutineer.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** A failed sign-in comes back to the form with the user name still in it; only the password is asked again. */
class KeepUserName extends SimpleUrlAuthenticationFailureHandler {

    private static final String ATTRIBUTE = KeepUserName.class.getName();
    private static final int MAX_LENGTH = 256;

    KeepUserName() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        String name = request.getParameter("username");
        if (name != null) {
            request.getSession().setAttribute(ATTRIBUTE, name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name);
        }
        super.onAuthenticationFailure(request, response, exception);
    }

    static String of(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    }
}
