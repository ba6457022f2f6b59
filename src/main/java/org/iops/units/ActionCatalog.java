package org.iops.units;

import java.util.List;

/**
 * What a module contributes to permissions: the actions it checks and the roles that grant them, and any roles of
 * its own. Each module provides one bean; {@link Permissions#may} reads all of them, so adding a module's actions or
 * roles edits nothing in this module. An action nobody declared is granted to nobody.
 */
public interface ActionCatalog {

    /** Which roles grant which of this module's actions. */
    List<Grant> grants();

    /**
     * The roles this module introduces, offered on a unit's role form in this order. Name each one in the module's
     * message bundle under {@link Role#messageKey()}, in every language.
     */
    default List<Role> roles() {
        return List.of();
    }
}
