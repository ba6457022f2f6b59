package org.iops.pages;

/**
 * A card of the home page's "How it works": what one part of the platform does for members, in its own words
 * (message keys of its own bundle). Each module that brings a tool declares a bean of this type, so the home page
 * promises only what is installed; {@code order} places the card among the others (lower first).
 */
public record HomeFeature(int order, String titleKey, String textKey) {
}
