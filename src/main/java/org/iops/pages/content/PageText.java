package org.iops.pages.content;

import java.time.Instant;

/** The current text of a page in one language; {@code version} is the number of its latest revision. */
record PageText(String slug, String language, String title, String body, int version, Instant updatedAt) {
}
