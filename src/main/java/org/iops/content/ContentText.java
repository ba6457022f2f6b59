package org.iops.content;

/**
 * One language version of an item's text, as its writer wrote it: the original, or a published translation.
 *
 * @param language a BCP 47 tag ({@code en}, {@code es}...)
 * @param title the title, empty for an item without one (a reply, a comment)
 * @param markdown the text, in Markdown
 */
public record ContentText(String language, String title, String markdown) {
}
