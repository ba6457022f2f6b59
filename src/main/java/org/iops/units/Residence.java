package org.iops.units;

import org.jspecify.annotations.Nullable;

/**
 * Where a member lives: an ISO 3166-1 alpha-2 country code, a locality (city or town, as the member typed it) and
 * an optional neighbourhood. It places the member in a branch and a chapter.
 */
public record Residence(String countryCode, String locality, @Nullable String neighbourhood) {
}
