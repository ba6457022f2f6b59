package org.iops.notifications.web;

import org.iops.notifications.NotificationId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets a controller take {@code @PathVariable NotificationId id}; a malformed id is the 404 page. */
@Component
class NotificationIdConverter implements Converter<String, NotificationId> {

    @Override
    public NotificationId convert(String text) {
        return NotificationId.parse(text);
    }
}
