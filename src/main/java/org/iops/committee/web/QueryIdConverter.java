package org.iops.committee.web;

import org.iops.committee.QueryId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets a controller take {@code @PathVariable QueryId id}; a malformed id is the 404 page. */
@Component
class QueryIdConverter implements Converter<String, QueryId> {

    @Override
    public QueryId convert(String text) {
        return QueryId.parse(text);
    }
}
