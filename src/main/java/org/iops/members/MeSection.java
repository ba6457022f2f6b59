package org.iops.members;

import gg.jte.Content;
import java.util.UUID;
import org.iops.web.PageContext;

/**
 * A module's part of the member's own page ({@code /me}): declare a bean, and the page shows it after the member's
 * profile and privacy settings, among the other sections in {@link #order()}. The section is for the signed-in
 * member alone and about them alone; its forms post to the module's own endpoints, which redirect back to
 * {@code /me#<id>}. See {@code docs/adding-a-module.md}, "A module's part of /me".
 */
public interface MeSection {

    /** A short name, unique among the sections: the section's element carries it as its id, for links and htmx. */
    String id();

    /** Where it goes among the others: lower first (leave gaps: 100, 200...). */
    int order();

    /** The section, a {@code <section id="<id>">} with its own {@code <h2>}, for {@code member} in the page's language. */
    Content render(UUID member, PageContext page);
}
