package org.iops.web;

import java.util.UUID;

/**
 * The signed-in member as the web layer sees it. The authentication principal implements this interface, so
 * templates and controllers can name the member without knowing the accounts module.
 */
public interface CurrentMember {

    UUID memberId();

    String displayName();
}
