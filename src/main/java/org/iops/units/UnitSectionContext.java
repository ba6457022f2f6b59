package org.iops.units;

import java.util.UUID;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link UnitSection} is rendered for: the unit, who reads it ({@code reader} null for a visitor), whether the
 * reader belongs to the unit (or a unit below it) and administers it, and the page (language, formats, CSRF token).
 */
public record UnitSectionContext(UnitRef unit, @Nullable UUID reader, boolean readerBelongs, boolean readerAdministers,
        PageContext page) {

    public boolean isVisitor() {
        return reader == null;
    }
}
