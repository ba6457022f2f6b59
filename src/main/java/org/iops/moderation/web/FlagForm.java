package org.iops.moderation.web;

import java.util.Arrays;
import java.util.List;
import org.iops.moderation.internal.FlagReason;
import org.iops.web.FormOption;
import org.iops.web.PageContext;

/** The reasons a member chooses from, in the reader's language. */
final class FlagForm {

    private FlagForm() {
    }

    static List<FormOption> reasons(PageContext page) {
        return Arrays.stream(FlagReason.values()).map(r -> FormOption.of(r.name(), page.t(r.messageKey()))).toList();
    }

    /** The reason sent, or null for anything that is not one. */
    static FlagReason parse(String reason) {
        return Arrays.stream(FlagReason.values()).filter(r -> r.name().equals(reason)).findFirst().orElse(null);
    }
}
