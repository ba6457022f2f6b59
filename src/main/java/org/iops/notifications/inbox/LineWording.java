package org.iops.notifications.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iops.notifications.mail.ParameterValues;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * A line of the notification list in the reader's language, written when it is shown: {@code <kind>.subject} with
 * the latest notification's parameters, or for a line that joined several, {@code <kind>.grouped} with {0} the
 * count, {1} the latest names ("Ana, Ben") and {2}, {3}... the latest notification's parameters. A kind without a
 * grouped message gets its subject and "(and 2 more)".
 */
@Component
public class LineWording {

    private final MessageSource messages;
    private final ParameterValues values;

    LineWording(MessageSource messages, ParameterValues values) {
        this.messages = messages;
        this.values = values;
    }

    public String text(Line line, Locale locale, @Nullable String readerName) {
        Object[] args = values.of(line.parameters(), locale, readerName);
        String subject = messages.getMessage(line.kind() + ".subject", args, line.kind(), locale);
        if (line.count() <= 1) {
            return subject;
        }
        List<Object> grouped = new ArrayList<>();
        grouped.add(line.count());
        grouped.add(String.join(", ", line.names().subList(0, Math.min(2, line.names().size()))));
        grouped.addAll(List.of(args));
        try {
            return messages.getMessage(line.kind() + ".grouped", grouped.toArray(), locale);
        } catch (NoSuchMessageException none) {
            return messages.getMessage("notifications.list.more", new Object[] {subject, line.count() - 1}, locale);
        }
    }
}
