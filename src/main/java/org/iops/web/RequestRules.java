package org.iops.web;

import java.util.List;

/**
 * Contribution: the request rules of one module, one {@link RequestRule} for each endpoint it maps. The security
 * configuration applies every module's rules and denies everything else, so an endpoint nobody declared answers
 * 403 to members (and sends visitors to sign in); {@code RequestRulesTests} fails on such an endpoint.
 */
public interface RequestRules {

    List<RequestRule> rules();

    /**
     * Patterns among this module's {@code POST} endpoints that take no CSRF token because the request carries its own
     * proof and is sent by no browser session: a one-click unsubscribe (RFC 8058), posted by a mail program with a
     * signed token in the address. Rare: every other form keeps its CSRF token.
     */
    default List<String> withoutCsrf() {
        return List.of();
    }
}
