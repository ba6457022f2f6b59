package org.iops.notifications.web;

import org.iops.notifications.Delivery;
import org.iops.notifications.Recipients;
import org.iops.notifications.inbox.Unsubscribing;
import org.iops.notifications.mail.Kinds;
import org.iops.notifications.mail.SignedTokens;
import org.iops.notifications.NotificationKind;
import org.iops.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one-click unsubscribe of every email a member may turn off (RFC 8058), without signing in: the link's
 * signed token names the member and the kind. GET says what it would turn off and offers the button, changing
 * nothing; POST (the button, or the mail program's one-click request) turns it off and says so. A forged, altered
 * or outdated token, or one of an account that is gone, is the 404 page.
 */
@Controller
class UnsubscribeController {

    private final SignedTokens tokens;
    private final Unsubscribing unsubscribing;
    private final Kinds kinds;
    private final ObjectProvider<Recipients> recipients;

    UnsubscribeController(SignedTokens tokens, Unsubscribing unsubscribing, Kinds kinds,
            ObjectProvider<Recipients> recipients) {
        this.tokens = tokens;
        this.unsubscribing = unsubscribing;
        this.kinds = kinds;
        this.recipients = recipients;
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model) {
        SignedTokens.Unsubscribe what = check(token);
        model.addAttribute("token", token);
        model.addAttribute("whatKey", labelKey(what.kind()));
        model.addAttribute("done", false);
        return "notifications/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        SignedTokens.Unsubscribe what = check(token);
        unsubscribing.turnOff(what.member(), what.kind());
        model.addAttribute("token", token);
        model.addAttribute("whatKey", labelKey(what.kind()));
        model.addAttribute("done", true);
        return "notifications/unsubscribe";
    }

    private SignedTokens.Unsubscribe check(String token) {
        SignedTokens.Unsubscribe what = tokens.unsubscribe(token)
                .filter(found -> unsubscribing.known(found.kind()))
                .orElseThrow(() -> new NotFoundException("unsubscribe token"));
        Recipients members = recipients.getIfAvailable();
        if (members == null || members.find(what.member()).isEmpty()) {
            throw new NotFoundException("unsubscribe token of an account that is gone");
        }
        return what;
    }

    private String labelKey(String kind) {
        Delivery period = Unsubscribing.digestPeriod(kind);
        if (period != null) {
            return "notifications.unsubscribe.digest." + period.name();
        }
        return kinds.find(kind).map(NotificationKind::settingKey).orElseThrow();
    }
}
