package org.iops.polls.web;

import org.iops.polls.PollId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets a controller take {@code @PathVariable PollId id}; a malformed id is the 404 page. */
@Component
class PollIdConverter implements Converter<String, PollId> {

    @Override
    public PollId convert(String text) {
        return PollId.parse(text);
    }
}
