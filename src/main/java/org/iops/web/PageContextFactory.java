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
    private final ObjectProvider<Navigation> navigation;
    private final ObjectProvider<LayoutItem> layoutItems;

    PageContextFactory(MessageSource messages, ResourceUrlProvider resourceUrls, ObjectProvider<Navigation> navigation,
            ObjectProvider<LayoutItem> layoutItems) {
        this.messages = messages;
        this.resourceUrls = resourceUrls;
        this.navigation = navigation;
        this.layoutItems = layoutItems;
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
        page.contributions(navigation.orderedStream().toList(), layoutItems.orderedStream().toList());
        return page;
    }

    /** The signed-in member, if any. */
    /** The signed-in member's id, or null for a visitor. */
    public static java.util.@Nullable UUID currentMemberId() {
        CurrentMember member = currentMember();
        return member == null ? null : member.memberId();
    }

    /**
     * The signed-in member's id; a visitor gets {@code AccessDeniedException}, which Spring Security answers by
     * sending them to sign in. The one check every module's "signed in only" action uses.
     */
    public static java.util.UUID signedInMemberId() {
        java.util.UUID member = currentMemberId();
        if (member == null) {
            throw new org.springframework.security.access.AccessDeniedException("sign in first");
        }
        return member;
    }

    public static @Nullable CurrentMember currentMember() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentMember member) {
            return member;
        }
        return null;
    }
}
