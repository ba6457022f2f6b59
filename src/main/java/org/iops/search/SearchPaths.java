package org.iops.search;

import org.iops.units.UnitId;

/** Links to the search page, for pages of other modules ("search this unit"). */
public final class SearchPaths {

    /** The search page. */
    public static final String SEARCH = "/search";

    private SearchPaths() {
    }

    /** The search page limited to what lives in the unit and below it. */
    public static String within(UnitId unit) {
        return SEARCH + "?unit=" + unit.value();
    }
}
