package org.iops.notifications.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the member wrote in a reply by email, without the email it answers and without their signature: everything
 * from the first quote header on ("On ... wrote:", in the four languages, even split over two lines as Gmail does;
 * Outlook's "-----Original Message-----", its underscore line, or its "From:" block), every line quoted with
 * {@code >}, and everything after a signature separator ({@code -- }).
 */
public final class ReplyText {

    private static final Pattern WROTE = Pattern.compile(
            "(?is)^(on|el|le|am)\\b.{0,300}(wrote|escribió|a écrit|schrieb)\\b[^\\n]{0,200}:\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?i)^(-{2,}\\s*(original message|mensaje original|message d'origine|ursprüngliche nachricht)\\s*-{2,}|_{10,})\\s*$");
    private static final Pattern OUTLOOK_FROM = Pattern.compile("(?i)^(from|de|von)\\s*:.*");
    private static final Pattern OUTLOOK_NEXT = Pattern.compile("(?i)^(sent|date|enviado|envoyé|gesendet|to|para|à|an)\\s*:.*");

    private ReplyText() {
    }

    public static String strip(String body) {
        List<String> lines = body.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (line.equals("-- ") || line.equals("--") || SEPARATOR.matcher(trimmed).matches()) {
                break;
            }
            if (WROTE.matcher(trimmed).matches()
                    || i + 1 < lines.size() && WROTE.matcher(trimmed + " " + lines.get(i + 1).strip()).matches()) {
                break;
            }
            if (OUTLOOK_FROM.matcher(trimmed).matches() && i + 1 < lines.size()
                    && OUTLOOK_NEXT.matcher(lines.get(i + 1).strip()).matches()) {
                break;
            }
            if (trimmed.startsWith(">")) {
                continue;
            }
            kept.add(line.stripTrailing());
        }
        return String.join("\n", kept).strip();
    }
}
