package org.iops.notifications.mail;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.iops.notifications.Parameter;
import org.iops.notifications.Recipients;
import org.iops.notifications.Recipients.Recipient;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a notification's parameters in a reader's language, the same way in an email and in the notification list:
 * the sender never knows that language.
 */
@Component
public class ParameterValues {

    private final MessageSource messages;
    private final ObjectProvider<Recipients> recipients;

    ParameterValues(MessageSource messages, ObjectProvider<Recipients> recipients) {
        this.messages = messages;
        this.recipients = recipients;
    }

    /** The values for {0}, {1}... of the kind's messages, for a reader going by {@code readerName}. */
    public Object[] of(List<Parameter> parameters, Locale locale, @Nullable String readerName) {
        return parameters.stream().map(parameter -> value(parameter, locale, readerName)).toArray();
    }

    /** The parameters as the outbox and the notification list keep them (JSON). */
    public static List<Parameter> read(String json) {
        return ParameterCodec.read(json);
    }

    public static String write(List<Parameter> parameters) {
        return ParameterCodec.write(parameters);
    }

    private Object value(Parameter parameter, Locale locale, @Nullable String readerName) {
        if (parameter instanceof Parameter.Text text) {
            return text.value();
        }
        if (parameter instanceof Parameter.Message message) {
            return messages.getMessage(message.key(), null, message.key(), locale);
        }
        if (parameter instanceof Parameter.Date date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(date.value().atZone(ZoneOffset.UTC));
        }
        if (parameter instanceof Parameter.Country country) {
            return new Locale("", country.code()).getDisplayCountry(locale);
        }
        if (parameter instanceof Parameter.Number number) {
            return number.value();
        }
        if (parameter instanceof Parameter.MemberAddress address) {
            Recipients members = recipients.getIfAvailable();
            return members == null ? "" : members.find(address.memberId()).map(Recipient::address).orElse("");
        }
        return readerName == null ? "" : readerName;
    }
}
