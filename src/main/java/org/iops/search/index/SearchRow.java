package org.iops.search.index;

import java.util.List;
import org.iops.content.ContentRef;

/**
 * One item's row of {@code search_item} as the live path and the rebuild both write it: the SQL of its
 * {@code VALUES} tuple (its {@code tsvector} expression has a part per language version) and its parameters.
 */
record SearchRow(ContentRef ref, String values, List<Object> params) {
}
