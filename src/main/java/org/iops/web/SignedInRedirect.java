package org.iops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a member goes after signing in: back to the page that sent them to sign in, by its path on this site alone,
 * or else to {@code /me}. Spring Security's own handler redirects to the saved request's whole address, which it
 * builds from the request's {@code Host} (or a proxy's {@code X-Forwarded-Host}): anyone who sent
 * {@code Host: evil.example} with the first request would have the member sent to {@code https://evil.example/...}.
 * The path is kept only when it is one of this site's ({@code /...}, never {@code //host} or {@code /\host}).
 */
final class SignedInRedirect implements AuthenticationSuccessHandler {

    static final String DEFAULT = "/me";

    private final RequestCache requests;

    SignedInRedirect(RequestCache requests) {
        this.requests = requests;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        response.sendRedirect(pathOnThisSite(saved == null ? null : saved.getRedirectUrl()));
    }

    /** The path and query of the address, if it is a path of this site; otherwise {@link #DEFAULT}. */
    static String pathOnThisSite(@Nullable String address) {
        if (address == null) {
            return DEFAULT;
        }
        try {
            URI uri = new URI(address);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                    || path.toLowerCase(java.util.Locale.ROOT).contains("%5c")) {
                return DEFAULT;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException malformed) {
            return DEFAULT;
        }
    }
}
