package org.iops.notifications.mail;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iops.notifications.Parameter;
import org.iops.notifications.Recipients.Recipient;
import org.iops.notifications.ReplyThread;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes an email, plain text and HTML, from message keys and the jte templates {@code notifications/email.jte},
 * in the recipient's language, with a footer that says why they get it and where they change their settings. An
 * email of a declared kind carries the one-click unsubscribe headers (RFC 8058) and, about a thread, a reply-to
 * address signed for the member and the thread.
 */
@Component
class EmailRenderer {

    private final MessageSource messages;
    private final TemplateEngine html;
    private final TemplateEngine text = TemplateEngine.createPrecompiled(null, ContentType.Plain,
            EmailRenderer.class.getClassLoader(), "gg.jte.generated.text");
    private final ParameterValues values;
    private final Kinds kinds;
    private final SignedTokens tokens;
    private final String from;
    private final String baseUrl;
    private final String replyDomain;

    EmailRenderer(MessageSource messages, TemplateEngine html, ParameterValues values, Kinds kinds,
            SignedTokens tokens, @Value("${iops.mail.from}") String from, @Value("${iops.base-url}") String baseUrl,
            @Value("${iops.mail.inbound.reply-domain:}") String replyDomain) {
        this.messages = messages;
        this.html = html;
        this.values = values;
        this.kinds = kinds;
        this.tokens = tokens;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.replyDomain = replyDomain.strip();
    }

    /** Who an email goes to: an address, in a language, and the member's id and name when it is a member. */
    record Addressee(String address, Locale language, @Nullable UUID memberId, @Nullable String displayName) {

        static Addressee of(UUID memberId, Recipient recipient) {
            return new Addressee(recipient.address(), recipient.language(), memberId, recipient.displayName());
        }

        boolean member() {
            return memberId != null;
        }
    }

    MimeMessage render(Addressee to, String kind, @Nullable String link, List<Parameter> parameters,
            @Nullable ReplyThread thread, MimeMessage message) throws MessagingException {
        String unsubscribe = to.member() && kinds.find(kind).isPresent() ? unsubscribeUrl(to.memberId(), kind) : null;
        EmailView email = view(to, kind, link, parameters, unsubscribe);
        return write(to, email.subject(), "notifications/email.jte", email, unsubscribe, thread, message);
    }

    /** Writes any view (the digest's too) with its headers. */
    MimeMessage write(Addressee to, String subject, String template, Object view, @Nullable String unsubscribe,
            @Nullable ReplyThread thread, MimeMessage message) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to.address());
        helper.setSubject(subject);
        helper.setText(render(text, template, view), render(html, template, view));
        if (unsubscribe != null) {
            String token = unsubscribe.substring(unsubscribe.lastIndexOf('/') + 1);
            // the mailto variant for mail programs that only send mail: the inbound mailbox reads it (subject: token)
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">" + (replyDomain.isEmpty() ? ""
                    : ", <mailto:unsubscribe@" + replyDomain + "?subject=unsubscribe%20" + token + ">"));
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (thread != null && to.member() && !replyDomain.isEmpty()) {
            helper.setReplyTo("reply+" + tokens.reply(to.memberId(), thread) + "@" + replyDomain);
        }
        return message;
    }

    String unsubscribeUrl(UUID member, String kind) {
        return baseUrl + "/unsubscribe/" + tokens.unsubscribe(member, kind);
    }

    EmailView view(Addressee to, String kind, @Nullable String link, List<Parameter> parameters,
            @Nullable String unsubscribe) {
        Locale locale = to.language();
        Object[] args = values.of(parameters, locale, to.displayName());
        List<List<String>> paragraphs = Arrays.stream(t(kind + ".body", locale, args).split("\\n\\s*\\n"))
                .map(paragraph -> paragraph.strip().lines().map(String::strip).toList()).toList();
        return new EmailView(locale.getLanguage(), t(kind + ".subject", locale, args), paragraphs,
                link == null ? null : t(kind + ".action", locale, args), link, t("mail.link.hint", locale),
                why(to), settings(to, unsubscribe != null), unsubscribeLine(locale, unsubscribe));
    }

    String why(Addressee to) {
        String siteName = t("site.name", to.language());
        return to.member() ? t("mail.footer.member", to.language(), siteName)
                : t("mail.footer.address", to.language(), siteName);
    }

    /** The settings line: the member's email choices for a kind they chose, their account otherwise. */
    String settings(Addressee to, boolean chosen) {
        if (!to.member()) {
            return t("mail.footer.site", to.language(), baseUrl);
        }
        return chosen ? t("notifications.mail.footer.choices", to.language(), baseUrl + "/me/notifications")
                : t("mail.footer.settings", to.language(), baseUrl + "/me");
    }

    @Nullable String unsubscribeLine(Locale locale, @Nullable String unsubscribe) {
        return unsubscribe == null ? null : t("notifications.mail.footer.unsubscribe", locale, unsubscribe);
    }

    String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String render(TemplateEngine engine, String template, Object view) {
        StringOutput output = new StringOutput();
        engine.render(template, view, output);
        return output.toString();
    }
}
