package org.iops.notifications.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.iops.notifications.Delivery;
import org.iops.notifications.Parameter;
import org.iops.notifications.inbox.DigestQueue;
import org.iops.notifications.inbox.Line;
import org.iops.notifications.inbox.LineWording;
import org.iops.notifications.inbox.Unsubscribing;
import org.iops.notifications.mail.EmailRenderer.Addressee;
import org.springframework.stereotype.Component;

/** Writes a member's digest when it leaves, from the lines it took, in the member's language at that moment. */
@Component
class DigestMail {

    /** The outbox's kind for a digest; its parameters are the digest's id and its period. */
    static final String KIND = "notifications.digest";

    private final DigestQueue queue;
    private final LineWording wording;
    private final EmailRenderer renderer;

    DigestMail(DigestQueue queue, LineWording wording, EmailRenderer renderer) {
        this.queue = queue;
        this.wording = wording;
        this.renderer = renderer;
    }

    /** The kind an unsubscribe token of a digest turns off: every kind the member gets in that digest. */
    static String unsubscribeKind(Delivery period) {
        return Unsubscribing.DIGEST_PREFIX + period.name().toLowerCase(Locale.ROOT);
    }

    MimeMessage render(Addressee to, List<Parameter> parameters, MimeMessage message) throws MessagingException {
        UUID digest = UUID.fromString(((Parameter.Text) parameters.get(0)).value());
        Delivery period = Delivery.valueOf(((Parameter.Text) parameters.get(1)).value());
        DigestView view = view(to, queue.lines(digest), period);
        return renderer.write(to, view.subject(), "notifications/digest.jte", view, view.unsubscribe(), null, message);
    }

    DigestView view(Addressee to, List<Line> lines, Delivery period) {
        Locale locale = to.language();
        String elsewhere = renderer.t("notifications.digest.elsewhere", locale);
        Map<String, Map<String, List<Line>>> byUnit = new LinkedHashMap<>();
        for (Line line : lines) {
            String unit = line.unitName() == null ? elsewhere : line.unitName();
            String thread = line.threadId() != null ? line.threadType() + ":" + line.threadId()
                    : line.link() != null ? line.link() : line.id().toString();
            byUnit.computeIfAbsent(unit, u -> new LinkedHashMap<>()).computeIfAbsent(thread, t -> new ArrayList<>())
                    .add(line);
        }
        String action = renderer.t("notifications.digest.read", locale);
        List<DigestView.Unit> units = new ArrayList<>();
        byUnit.forEach((unit, threads) -> units.add(new DigestView.Unit(unit, threads.values().stream()
                .map(thread -> new DigestView.Thread(thread.stream()
                        .map(line -> wording.text(line, locale, to.displayName())).toList(),
                        thread.get(0).link(), action)) // oldest first: the first unread item
                .toList())));
        String unsubscribe = renderer.unsubscribeUrl(to.memberId(), unsubscribeKind(period));
        String name = period.name().toLowerCase(Locale.ROOT);
        return new DigestView(locale.getLanguage(),
                renderer.t("notifications.digest." + name + ".subject", locale, lines.size()),
                renderer.t("notifications.digest." + name + ".intro", locale, to.displayName()), units,
                renderer.why(to), renderer.settings(to, true), renderer.unsubscribeLine(locale, unsubscribe));
    }
}
