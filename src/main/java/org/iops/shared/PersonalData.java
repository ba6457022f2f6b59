package org.iops.shared;

import java.util.Map;
import java.util.UUID;

/**
 * Implemented by every module that keeps data about a member: its part of the member's data export, and erasing
 * that data when the account goes. The members module asks every bean of this type, in
 * {@link org.springframework.core.annotation.Order}, so a new module joins the export and the erasure without
 * editing members.
 *
 * <p>It lives here, among the values every module may use, because the modules that keep member data (units, for
 * one) are the ones the members module itself depends on.
 */
public interface PersonalData {

    /**
     * What this module keeps about the member, as named parts of their export (values JSON can hold: maps, lists,
     * strings, numbers, booleans, null); empty when it keeps nothing. The names must not clash with another
     * module's: use the module's words ({@code "roles"}, {@code "pageRevisions"}).
     */
    Map<String, Object> export(UUID memberId);

    /**
     * Erases or anonymizes what this module keeps about the member. Called when the account is deleted, on every
     * path (the member's own deletion, an admin's removal, the removal of an account whose address was never
     * confirmed), in the deleting transaction and before the member's row goes, so a failure deletes nothing.
     */
    void erase(UUID memberId);
}
