package org.iops.notifications.mail;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.iops.notifications.Parameter;
import org.iops.notifications.Recipients;
import org.iops.notifications.Recipients.Recipient;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes an email, plain text and HTML, from message keys and the jte templates {@code notifications/email.jte},
 * in the recipient's language, with a footer that says why they get it and where they change their settings.
 */
@Component
class EmailRenderer {

    private final MessageSource messages;
    private final TemplateEngine html;
    private final TemplateEngine text = TemplateEngine.createPrecompiled(null, ContentType.Plain,
            EmailRenderer.class.getClassLoader(), "gg.jte.generated.text");
    private final ObjectProvider<Recipients> recipients;
    private final String from;
    private final String baseUrl;

    EmailRenderer(MessageSource messages, TemplateEngine html, ObjectProvider<Recipients> recipients,
            @Value("${iops.mail.from}") String from, @Value("${iops.base-url}") String baseUrl) {
        this.messages = messages;
        this.html = html;
        this.recipients = recipients;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Who an email goes to: an address, in a language, and the member's name when it is a member. */
    record Addressee(String address, Locale language, @Nullable String displayName) {

        static Addressee of(Recipient recipient) {
            return new Addressee(recipient.address(), recipient.language(), recipient.displayName());
        }

        boolean member() {
            return displayName != null;
        }
    }

    MimeMessage render(Addressee to, String kind, @Nullable String link, List<Parameter> parameters,
            MimeMessage message) throws MessagingException {
        EmailView email = view(to, kind, link, parameters);
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to.address());
        helper.setSubject(email.subject());
        helper.setText(render(text, email), render(html, email));
        return message;
    }

    EmailView view(Addressee to, String kind, @Nullable String link, List<Parameter> parameters) {
        Locale locale = to.language();
        Object[] args = parameters.stream().map(p -> value(p, to)).toArray();
        List<List<String>> paragraphs = Arrays.stream(t(kind + ".body", locale, args).split("\\n\\s*\\n"))
                .map(paragraph -> paragraph.strip().lines().map(String::strip).toList()).toList();
        String siteName = t("site.name", locale);
        return new EmailView(locale.getLanguage(), t(kind + ".subject", locale, args), paragraphs,
                link == null ? null : t(kind + ".action", locale, args), link, t("mail.link.hint", locale),
                to.member() ? t("mail.footer.member", locale, siteName) : t("mail.footer.address", locale, siteName),
                to.member() ? t("mail.footer.settings", locale, baseUrl + "/me")
                        : t("mail.footer.site", locale, baseUrl));
    }

    private Object value(Parameter parameter, Addressee to) {
        Locale locale = to.language();
        if (parameter instanceof Parameter.Text text) {
            return text.value();
        }
        if (parameter instanceof Parameter.Message message) {
            return t(message.key(), locale);
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
        return to.displayName() == null ? "" : to.displayName();
    }

    private static String render(TemplateEngine engine, EmailView email) {
        StringOutput output = new StringOutput();
        engine.render("notifications/email.jte", email, output);
        return output.toString();
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
