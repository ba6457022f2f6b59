package org.iops.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link PageContext} of a request, for controllers and for error pages alike. */
@Component
public class PageContextFactory {

    private final MessageSource messages;
    private final ResourceUrlProvider resourceUrls;
    private final ObjectProvider<AdminRoles> adminRoles;

    PageContextFactory(MessageSource messages, ResourceUrlProvider resourceUrls, ObjectProvider<AdminRoles> adminRoles) {
        this.messages = messages;
        this.resourceUrls = resourceUrls;
        this.adminRoles = adminRoles;
    }

    public PageContext of(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        // an error page shows the address the reader asked for, not /error
        String uri = request.getAttribute("jakarta.servlet.error.request_uri") instanceof String original
                ? original : request.getRequestURI();
        String query = request.getQueryString();
        CurrentMember member = currentMember();
        PageContext page = new PageContext(messages, RequestContextUtils.getLocale(request),
                uri == null ? "/" : uri, query,
                csrf,
                member, path -> {
                    String url = resourceUrls.getForLookupPath(path);
                    return url == null ? path : url;
                });
        AdminRoles roles = adminRoles.getIfAvailable();
        if (member != null && roles != null) {
            page.holdsRoles(() -> roles.holdsAnyRole(member.memberId()));
        }
        return page;
    }

    /** The signed-in member, if any. */
    public static @Nullable CurrentMember currentMember() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentMember member) {
            return member;
        }
        return null;
    }
}
