package org.iops.reactions.internal;

/**
 * One item's like button and count, for the template.
 *
 * @param key the item's id, naming the button's element on the page
 * @param mine whether the reader likes it (the button then takes the like back)
 */
public record LikeView(String item, String key, long count, boolean mine, boolean signedIn) {
}
