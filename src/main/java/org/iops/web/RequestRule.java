package org.iops.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * Who may reach one endpoint at the HTTP layer: {@code method} (null: every method) and {@code pattern}, written
 * exactly as the controller maps it ({@code /units/{id}/admin}). What a member may then do there is the
 * controller's and the services' check ({@code Permissions.may}); {@code action} names that check, when there is
 * one, so a test can prove the endpoint refuses whoever lacks it.
 */
public record RequestRule(@Nullable HttpMethod method, String pattern, Access access, @Nullable String action) {

    /** Who gets through the door. */
    public enum Access {
        /** Visitors too: public pages, the forms that sign in and join, static files. */
        ANYONE,
        /** Signed-in members; a visitor is sent to sign in (or gets a 404 where nothing is mapped). */
        MEMBERS,
        /** Operators (actuator endpoints). */
        OPERATORS
    }

    public static RequestRule anyone(@Nullable HttpMethod method, String pattern) {
        return new RequestRule(method, pattern, Access.ANYONE, null);
    }

    public static RequestRule members(@Nullable HttpMethod method, String pattern) {
        return new RequestRule(method, pattern, Access.MEMBERS, null);
    }

    /** Members only, and of them only those the action is granted to in the unit the path names ({@code {id}}). */
    public static RequestRule members(@Nullable HttpMethod method, String pattern, String action) {
        return new RequestRule(method, pattern, Access.MEMBERS, action);
    }

    public static RequestRule operators(String pattern) {
        return new RequestRule(null, pattern, Access.OPERATORS, null);
    }
}
