package org.iops.units.web;

import org.iops.units.UnitId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Lets a controller take {@code @PathVariable UnitId id}; a malformed id is the 404 page (see
 * {@link org.iops.shared.MalformedIdException}).
 */
@Component
class UnitIdConverter implements Converter<String, UnitId> {

    @Override
    public UnitId convert(String text) {
        return UnitId.parse(text);
    }
}
