package org.iops.content.internal;

import org.iops.content.ContentRef;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Lets a controller take {@code @RequestParam ContentRef item} ({@code forums.topic:<uuid>}); anything else is the
 * 404 page (see {@link org.iops.shared.MalformedIdException}).
 */
@Component
class ContentRefConverter implements Converter<String, ContentRef> {

    @Override
    public ContentRef convert(String text) {
        return ContentRef.parse(text);
    }
}
