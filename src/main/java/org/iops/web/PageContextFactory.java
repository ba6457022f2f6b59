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
    private volatile @Nullable Contributions contributions;

    private record Contributions(java.util.List<Navigation> navigation, java.util.List<LayoutItem> layoutItems) {
    }

    PageContextFactory(MessageSource messages, ResourceUrlProvider resourceUrls, ObjectProvider<Navigation> navigation,
            ObjectProvider<LayoutItem> layoutItems) {
        this.messages = messages;
        this.resourceUrls = resourceUrls;
        this.navigation = navigation;
        this.layoutItems = layoutItems;
    }

    public PageContext of(HttpServletRequest request) {
        // one context per request (the controller advice and the controller both ask), unless who reads or in which
        // language changed since it was made (an error page after a sign-in, a language switch)
        CurrentMember member = currentMember();
        java.util.Locale locale = RequestContextUtils.getLocale(request);
        if (request.getAttribute(KEPT) instanceof PageContext kept && kept.member().orElse(null) == member
                && kept.locale().equals(locale) && request.getAttribute("jakarta.servlet.error.request_uri") == null) {
            return kept;
        }
        PageContext page = make(request, member, locale);
        request.setAttribute(KEPT, page);
        return page;
    }

    private static final String KEPT = PageContextFactory.class.getName() + ".page";

    private PageContext make(HttpServletRequest request, @Nullable CurrentMember member, java.util.Locale locale) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        // an error page shows the address the reader asked for, not /error
        String uri = request.getAttribute("jakarta.servlet.error.request_uri") instanceof String original
                ? original : request.getRequestURI();
        String query = request.getQueryString();
        PageContext page = new PageContext(messages, locale,
                uri == null ? "/" : uri, query,
                csrf,
                member, path -> {
                    String url = resourceUrls.getForLookupPath(path);
                    return url == null ? path : url;
                });
        Contributions known = contributions;
        if (known == null) {
            // the contributions are singletons: looked up and ordered once, not per request
            known = new Contributions(navigation.orderedStream().toList(), layoutItems.orderedStream().toList());
            contributions = known;
        }
        page.contributions(known.navigation(), known.layoutItems());
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
