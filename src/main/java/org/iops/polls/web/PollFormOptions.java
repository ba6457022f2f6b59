package org.iops.polls.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.iops.polls.PollType;
import org.iops.web.FormOption;
import org.iops.web.Language;
import org.iops.web.PageContext;

/** The choices of the form that opens a poll, in the reader's words. */
public record PollFormOptions(List<FormOption> types, List<FormOption> secrecy, List<FormOption> weighting,
        List<FormOption> thresholds, List<FormOption> languages, boolean weighted) {

    static PollFormOptions of(PageContext page, boolean aboveChapter) {
        List<FormOption> types = Arrays.stream(PollType.values())
                .map(type -> FormOption.of(type.name(), page.t(PollPages.typeKey(type)))).toList();
        List<FormOption> secrecy = List.of(FormOption.of("SECRET", page.t("polls.rules.secret")),
                FormOption.of("OPEN", page.t("polls.rules.open")));
        List<FormOption> weighting = List.of(FormOption.of("DIRECT", page.t("polls.form.direct")),
                FormOption.of("CHAPTER_WEIGHTED", page.t("polls.rules.weighted")));
        List<FormOption> thresholds = List.of("SIMPLE_MAJORITY", "TWO_THIRDS", "MAJORITY_OF_BALLOTS").stream()
                .map(name -> FormOption.of(name, page.t("polls.form.threshold." + name.toLowerCase(Locale.ROOT)
                        .replace("_", "")))).toList();
        List<FormOption> languages = Language.SHIPPED.stream()
                .map(l -> FormOption.inLanguage(l.code(), l.nativeName(), l.code())).toList();
        return new PollFormOptions(types, secrecy, weighting, thresholds, languages, aboveChapter);
    }
}
