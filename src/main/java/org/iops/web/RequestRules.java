package org.iops.web;

import java.util.List;

/**
 * Contribution: the request rules of one module, one {@link RequestRule} for each endpoint it maps. The security
 * configuration applies every module's rules and denies everything else, so an endpoint nobody declared answers
 * 403 to members (and sends visitors to sign in); {@code RequestRulesTests} fails on such an endpoint.
 */
public interface RequestRules {

    List<RequestRule> rules();
}
