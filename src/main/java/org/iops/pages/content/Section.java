package org.iops.pages.content;

/** A second-level heading of a page, for the page's table of contents; {@code id} is the heading's anchor. */
public record Section(String id, String title) {
}
