package org.iops.units;

import gg.jte.Content;

/**
 * A part of a unit's page contributed by a module: declare a bean, and the page of every unit it applies to shows it,
 * among the other sections in {@link #order()}. The unit page knows nothing of the module; the section knows nothing
 * of the page around it. See {@code docs/adding-a-module.md}, "Attaching to units".
 */
public interface UnitSection {

    /**
     * A short name, unique among the sections ({@code activity}, {@code forum}): the page wraps the section in an
     * element with the id {@code section-<id>}, so it can be linked to.
     */
    String id();

    /** Where the section goes among the others: lower first. The units module's own use 100, 200, ... */
    int order();

    /**
     * Whether the section belongs on this unit's page for this reader. Asked on every unit page: answer from the
     * context, without a query where you can.
     */
    boolean appliesTo(UnitSectionContext context);

    /**
     * The section itself: a {@code <section>} with its own {@code <h2>}, in the reader's language, showing only what
     * this reader may see (the page has already answered 404 to readers who may not see the unit).
     */
    Content render(UnitSectionContext context);
}
