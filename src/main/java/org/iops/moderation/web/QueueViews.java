package org.iops.moderation.web;

import java.time.Instant;
import java.util.List;
import org.iops.web.FormOption;
import org.jspecify.annotations.Nullable;

/** What the queue and log pages show, made for one reader. */
public final class QueueViews {

    private QueueViews() {
    }

    public record UnitView(String id, String name, String path) {
        public String queuePath() {
            return path + "/moderation";
        }

        public String logPath() {
            return path + "/moderation/log";
        }
    }

    /** How many flags gave one reason. */
    public record FlagCount(String label, int count) {
    }

    /** One item waiting: its text as readers see it (rendered), the Markdown for the edit form. */
    public record QueueItem(String ref, String idPrefix, String title, String path, String unitName, Instant since, boolean held,
            String stateKey, String html, String markdown, String author, List<FlagCount> counts, List<String> notes,
            boolean hidden, boolean gone) {

        /** An item deleted by its module since it was flagged: only its flags are left to dismiss. */
        static QueueItem gone(String ref, String idPrefix, String unitName, Instant since, List<FlagCount> counts,
                List<String> notes) {
            return new QueueItem(ref, idPrefix, "", "", unitName, since, false, "", "", "", "", counts, notes, false, true);
        }
    }

    public record SuspensionView(String id, String member, String unitName, String reason, @Nullable Instant until,
            boolean exclusion) {
    }

    public record AppealView(String id, String appellant, String actionKey, @Nullable String itemTitle, @Nullable String itemPath,
            @Nullable String reason, String text, Instant at, boolean ownAction) {
    }

    public record LogRow(String id, Instant at, String unitName, String unitPath, String actor, String actionKey,
            @Nullable String itemTitle, @Nullable String itemPath, @Nullable String item, String subject,
            @Nullable String reason, @Nullable Instant until, boolean mayShowAgain) {
    }

    /** The flag form for one item and one reader. */
    public record FlagFormView(String item, String title, String path, boolean flagged, String reason, String note,
            @Nullable String problem, List<FormOption> reasons) {

        /** Ids unique on a page of many items. */
        public String idPrefix() {
            return "flag-" + item.substring(item.indexOf(':') + 1);
        }

        /** The item's flag page (its form alone, to an htmx request). */
        public String flagPath() {
            return org.iops.moderation.ModerationPaths.flag(org.iops.content.ContentRef.parse(item));
        }
    }
}
