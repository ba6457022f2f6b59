package org.iops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;

/**
 * A visitor who is not signed in is sent to the login page for pages that exist, and gets a plain 404 for
 * addresses that lead nowhere. An htmx request whose session expired is sent to the login page as a whole page
 * (HX-Redirect), not a login form swapped into a fragment.
 */
class SignInOrNotFoundEntryPoint implements AuthenticationEntryPoint {

    private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    private final List<HandlerMapping> handlerMappings;

    SignInOrNotFoundEntryPoint(List<HandlerMapping> handlerMappings) {
        this.handlerMappings = handlerMappings;
        // "Location: /login", never an address built from the request's Host header
        login.setFavorRelativeUris(true);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, jakarta.servlet.ServletException {
        if (!hasController(handlerMappings, request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", "/login");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        login.commence(request, response, failure);
    }

    /** Whether a controller maps the request (a wrong method or media type counts: the address exists). */
    static boolean hasController(List<HandlerMapping> handlerMappings, HttpServletRequest request) {
        for (HandlerMapping mapping : handlerMappings) {
            if (!(mapping instanceof AbstractHandlerMethodMapping<?>)) {
                continue;
            }
            try {
                HandlerExecutionChain chain = mapping.getHandler(request);
                if (chain != null) {
                    return true;
                }
            } catch (Exception wrongMethodOrMediaType) {
                return true;
            }
        }
        return false;
    }
}
