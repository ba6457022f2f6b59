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
 * moderators have approved three of its held items. The unit's moderators are exempt from the hold.
 */
@Component
class NewAccountRules implements PostingRule {

    static final RateLimiter.Limit NEW_RATE = new RateLimiter.Limit("posting-new", 5, Duration.ofMinutes(10));
    static final RateLimiter.Limit RATE = new RateLimiter.Limit("posting", 60, Duration.ofHours(1));
    static final int APPROVALS_TO_TRUST_LINKS = 3;

    // a Markdown link or image, an autolink, a bare address (commonmark's autolink extension links www. and http)
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|ftp://|www\\.|mailto:|\\]\\(|<[a-z]+:)");

    private final MemberStanding standing;
    private final RateLimiter limiter;
    private final Permissions permissions;

    NewAccountRules(MemberStanding standing, RateLimiter limiter, Permissions permissions) {
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
        if (fresh && LINK.matcher(markdown).find() && !permissions.may(author, ContentActions.MODERATE, unit)
                && standing.approvals(author) < APPROVALS_TO_TRUST_LINKS) {
            return PostingVerdict.HOLD;
        }
        return PostingVerdict.PUBLISH;
    }
}
