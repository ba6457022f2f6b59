package org.iops.content;

/** Who may read an item (moderators of its unit and above always may; see {@link Contents#maySee}). */
public enum Visibility {
    /** Anyone, visitors included: pages, feeds, search engines. */
    PUBLIC,
    /** Any signed-in member of the organization. */
    MEMBERS,
    /** Members of the item's unit (or of a unit below it: a branch's items are for everyone in the branch). */
    UNIT
}
