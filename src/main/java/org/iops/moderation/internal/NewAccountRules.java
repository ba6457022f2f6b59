package org.iops.moderation.internal;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.iops.content.ContentActions;
import org.iops.content.PostingRefusedException;
import org.iops.content.PostingRule;
import org.iops.content.PostingVerdict;
import org.iops.shared.TooManyRequestsException;
import org.iops.units.Permissions;
import org.iops.units.UnitId;
import org.iops.web.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * The spam defences: a new account (confirmed less than 7 days) posts at most {@link #NEW_RATE} items and edits in
 * ten minutes, an older one {@link #RATE} an hour; a new account's text with a link is held for approval until
 * moderators have approved three of its held items. The unit's moderators are exempt from the hold. Links to this
 * site itself (a quoted reply's link to it, a link to a chapter's page) are no spam and hold nothing.
 */
@Component
class NewAccountRules implements PostingRule {

    static final RateLimiter.Limit NEW_RATE = new RateLimiter.Limit("posting-new", 5, Duration.ofMinutes(10));
    static final RateLimiter.Limit RATE = new RateLimiter.Limit("posting", 60, Duration.ofHours(1));
    static final int APPROVALS_TO_TRUST_LINKS = 3;

    // a Markdown link or image, an autolink, a bare address (commonmark's autolink extension links www. and http)
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|ftp://|www\\.|mailto:|\\]\\(|<[a-z]+:)");

    private final Pattern ownLinks;
    private final MemberStanding standing;
    private final RateLimiter limiter;
    private final Permissions permissions;

    NewAccountRules(MemberStanding standing, RateLimiter limiter, Permissions permissions,
            @org.springframework.beans.factory.annotation.Value("${iops.base-url}") String baseUrl) {
        String site = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        // a Markdown link to the site, or the site's address written out, up to the next space or bracket
        // (the address must end there, so https://site.example.org.elsewhere.com is no link to the site)
        this.ownLinks = Pattern.compile("(?i)(\\]\\(\\s*)?<?" + Pattern.quote(site)
                + "(?=[/?#\\s)>]|$)([/?#][^\\s)>]*)?>?\\)?");
        this.standing = standing;
        this.limiter = limiter;
        this.permissions = permissions;
    }

    @Override
    public PostingVerdict check(UUID author, UnitId unit, String markdown) {
        boolean fresh = standing.isNew(author);
        try {
            limiter.consume(fresh ? NEW_RATE : RATE, author.toString());
        } catch (TooManyRequestsException tooMany) {
            throw new PostingRefusedException("moderation.refused.tooMany", true,
                    Math.max(1, (tooMany.retryAfterSeconds() + 59) / 60));
        }
        boolean links = LINK.matcher(ownLinks.matcher(markdown).replaceAll(" ")).find();
        if (fresh && links && !permissions.may(author, ContentActions.MODERATE, unit)
                && standing.approvals(author) < APPROVALS_TO_TRUST_LINKS) {
            return PostingVerdict.HOLD;
        }
        return PostingVerdict.PUBLISH;
    }
}
