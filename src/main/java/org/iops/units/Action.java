package org.iops.units;

import java.util.regex.Pattern;

/**
 * Something a member may do in a unit (and every unit below it) because of a role they hold there:
 * {@code units.administer}, later {@code discussions.moderate} or {@code finance.approveExpense}. Named
 * {@code <module>.<verb>}; the module that owns it declares which roles grant it in its {@link ActionCatalog}.
 */
public record Action(String name) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*\\.[a-z][a-zA-Z0-9]*");

    public Action {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an action is named <module>.<verb>: " + name);
        }
    }

    /** The module part of the name: {@code units} for {@code units.administer}. */
    public String module() {
        return name.substring(0, name.indexOf('.'));
    }

    @Override
    public String toString() {
        return name;
    }
}
