package org.iops.members.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * What a failed login answers: back to the form with one message for a wrong address or password; for a limited
 * attempt, the form again with status 429, what was typed, and when to try again.
 */
class LoginFailures implements AuthenticationFailureHandler {

    static final String LIMITED = LoginFailures.class.getName() + ".limited";
    static final String LIMITED_PAGE = "/login/limited";

    static final String FAILED = LoginFailures.class.getName() + ".failed";

    /**
     * What the form needs after a failed login: which message, and the address as typed. Kept in the session in
     * place of Spring Security's exception, which carries the typed password and would be stored with the session.
     */
    record Failed(String problem, String email) implements Serializable {
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof LoginLimitedException limited) {
            request.setAttribute(LIMITED, limited);
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
            request.getRequestDispatcher(LIMITED_PAGE).forward(request, response);
            return;
        }
        String problem = failure instanceof DisabledException ? "members.login.notVerified"
                : failure instanceof LockedException ? "members.login.suspended" : "members.login.failed";
        String typed = request.getParameter("email");
        request.getSession().setAttribute(FAILED, new Failed(problem,
                typed == null || typed.length() > 254 ? "" : typed.strip()));
        response.sendRedirect("/login?error");
    }
}
