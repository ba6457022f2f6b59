package org.iops.content;

import java.util.List;

/** An item with its texts, as {@link ContentSource#find} and {@link ContentSource#texts} give them: for an index. */
public record ContentDocument(ContentItem item, List<ContentText> texts) {
}
