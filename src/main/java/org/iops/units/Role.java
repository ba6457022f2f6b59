package org.iops.units;

import java.util.regex.Pattern;

/**
 * An office a member holds in a unit for a term. A role in a unit counts in every unit below it. Roles are data: a
 * module introduces its own (a treasurer, an event organizer) through {@link ActionCatalog#roles()}, without
 * touching this module. A role is stored by its {@link #name()}; its name on a page is the message
 * {@link #messageKey()}, which the module that declares the role puts in its bundle.
 */
public record Role(String name) {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** Administers a unit and everything below it (see {@link UnitActions}). */
    public static final Role ADMIN = new Role("ADMIN");
    public static final Role MODERATOR = new Role("MODERATOR");
    public static final Role COMMITTEE_MEMBER = new Role("COMMITTEE_MEMBER");

    public Role {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a role name is upper case letters, digits and _: " + name);
        }
    }

    /** The role of this stored or submitted name; a name that cannot be a role is an IllegalArgumentException. */
    public static Role valueOf(String name) {
        return new Role(name);
    }

    /** The message naming the role in the reader's language: {@code units.role.<NAME>}. */
    public String messageKey() {
        return "units.role." + name;
    }

    @Override
    public String toString() {
        return name;
    }
}
