package org.iops.members.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * What a failed login answers: back to the form with one message for a wrong address or password; for a limited
 * attempt, the form again with status 429, what was typed, and when to try again.
 */
class LoginFailures implements AuthenticationFailureHandler {

    static final String LIMITED = LoginFailures.class.getName() + ".limited";
    static final String LIMITED_PAGE = "/login/limited";

    private final AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");

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
        wrong.onAuthenticationFailure(request, response, failure);
    }
}
