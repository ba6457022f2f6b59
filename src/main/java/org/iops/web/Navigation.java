package org.iops.web;

import java.util.List;

/**
 * Implemented by each module that puts links in the site's header or footer. The layout asks every bean of this
 * type once per page and shows the links of each area in their {@link NavigationLink#order()}, so adding a
 * module's links edits nothing in {@code web}.
 */
public interface Navigation {

    /**
     * The links this module offers on this page: it may depend on the reader ({@link PageContext#signedIn()},
     * {@link PageContext#member()}), and should cost at most one indexed query when it does.
     */
    List<NavigationLink> links(PageContext page);
}
