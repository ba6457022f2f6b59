package org.iops.web;

/**
 * A link in the site's navigation: where it shows, its place among the others (lower first), the address, the
 * message key of its label (in the contributing module's bundle), and the path prefix under which it is the current
 * page ({@code aria-current}).
 */
public record NavigationLink(Area area, int order, String href, String labelKey, String currentPrefix) {

    /** Where in the layout a link or an item goes. */
    public enum Area {
        /** The header's main navigation, before the account links (behind the menu button on a phone). */
        MAIN,
        /** The header's row itself, beside the menu button: always in sight, on a phone too. Keep it small. */
        HEADER,
        /** The footer's navigation. */
        FOOTER
    }

    public static NavigationLink main(int order, String href, String labelKey, String currentPrefix) {
        return new NavigationLink(Area.MAIN, order, href, labelKey, currentPrefix);
    }

    public static NavigationLink footer(int order, String href, String labelKey) {
        return new NavigationLink(Area.FOOTER, order, href, labelKey, href);
    }
}
