package org.iops.forums.web;

import org.iops.forums.CategoryId;
import org.iops.forums.ReplyId;
import org.iops.forums.TopicId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets controllers take the forum's typed ids from the address; a malformed id is the 404 page. */
final class ForumIdConverters {

    private ForumIdConverters() {
    }

    @Component
    static class Topics implements Converter<String, TopicId> {
        @Override
        public TopicId convert(String text) {
            return TopicId.parse(text);
        }
    }

    @Component
    static class Categories implements Converter<String, CategoryId> {
        @Override
        public CategoryId convert(String text) {
            return CategoryId.parse(text);
        }
    }

    @Component
    static class Replies implements Converter<String, ReplyId> {
        @Override
        public ReplyId convert(String text) {
            return ReplyId.parse(text);
        }
    }
}
