package org.iops.notifications.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.iops.notifications.Email;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Writes an email as plain text and as simple HTML, from message keys in the recipient's language. */
@Component
class EmailRenderer {

    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    EmailRenderer(MessageSource messages, @Value("${iops.mail.from}") String from,
            @Value("${iops.base-url}") String baseUrl) {
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    MimeMessage render(Email email, MimeMessage message) throws MessagingException {
        Locale locale = email.locale();
        Object[] args = email.arguments().toArray();
        String subject = t(email.key() + ".subject", locale, args);
        String[] paragraphs = t(email.key() + ".body", locale, args).split("\\n\\s*\\n");
        String siteName = t("site.name", locale);
        String footer = t("mail.footer", locale, siteName, baseUrl);

        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(subject))
                .append("</title></head><body style=\"font-family:sans-serif;line-height:1.5;color:#1d2433\">");
        for (String paragraph : paragraphs) {
            text.append(paragraph.strip()).append("\n\n");
            html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        if (email.link() != null) {
            String action = t(email.key() + ".action", locale);
            text.append(action).append(":\n").append(email.link()).append("\n\n");
            html.append("<p><a href=\"").append(escape(email.link()))
                    .append("\" style=\"display:inline-block;background:#b3261e;color:#fff;padding:10px 18px;"
                            + "border-radius:6px;text-decoration:none;font-weight:bold\">")
                    .append(escape(action)).append("</a></p>")
                    .append("<p style=\"font-size:90%;color:#4f5a6b\">").append(escape(t("mail.link.hint", locale)))
                    .append("<br>").append(escape(email.link())).append("</p>");
        }
        text.append("-- \n").append(footer).append('\n');
        html.append("<hr><p style=\"font-size:90%;color:#4f5a6b\">").append(escape(footer)).append("</p></body></html>");

        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(email.to());
        helper.setSubject(subject);
        helper.setText(text.toString(), html.toString());
        return message;
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
