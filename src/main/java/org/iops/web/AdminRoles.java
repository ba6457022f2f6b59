package org.iops.web;

import java.util.UUID;

/**
 * Implemented by the units module: whether a member holds a role that comes with an admin screen, so the header can
 * offer the way to their roles. Asked at most once per page, and only for a signed-in member.
 */
public interface AdminRoles {

    /** Whether the member currently holds any role, in any unit. */
    boolean holdsAnyRole(UUID memberId);
}
