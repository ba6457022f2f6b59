package org.iops.notifications.inbound;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The text of an incoming email: its plain-text part, or, when it has only HTML, that HTML with the tags taken out
 * (the module that posts it renders it as Markdown, and sanitizes it, like anything a member writes).
 */
final class MailText {

    private static final int LIMIT = 200_000;

    private MailText() {
    }

    static String of(Part message) throws MessagingException {
        try {
            String plain = find(message, "text/plain");
            if (plain != null) {
                return cut(plain);
            }
            String html = find(message, "text/html");
            return html == null ? "" : cut(html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                    .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n").replaceAll("<[^>]+>", "")
                    .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String cut(String text) {
        return text.length() > LIMIT ? text.substring(0, LIMIT) : text;
    }
}
