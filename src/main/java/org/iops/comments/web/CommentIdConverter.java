package org.iops.comments.web;

import org.iops.comments.CommentId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets a controller take {@code @PathVariable CommentId id}; a malformed id is the 404 page. */
@Component
class CommentIdConverter implements Converter<String, CommentId> {

    @Override
    public CommentId convert(String text) {
        return CommentId.parse(text);
    }
}
