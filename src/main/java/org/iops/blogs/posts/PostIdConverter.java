package org.iops.blogs.posts;

import org.iops.blogs.PostId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets a controller take {@code @PathVariable PostId id}; a malformed id is the 404 page. */
@Component
class PostIdConverter implements Converter<String, PostId> {

    @Override
    public PostId convert(String text) {
        return PostId.parse(text);
    }
}
