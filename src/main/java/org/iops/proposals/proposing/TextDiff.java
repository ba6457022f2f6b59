package org.iops.proposals.proposing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Word-level differences between two versions of a text (java-diff-utils' Myers diff over words and the spaces
 * between them), as runs of kept, deleted and inserted text for the page to show with {@code <del>} and
 * {@code <ins>}.
 */
public final class TextDiff {

    /** A run of text: kept as it was, deleted from the older version, or inserted in the newer. */
    public record Segment(Kind kind, String text) {
    }

    public enum Kind {
        SAME, DELETED, INSERTED
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_'’-]+|[^\\s\\p{L}\\p{N}_]");

    private TextDiff() {
    }

    static List<Segment> between(String older, String newer) {
        List<String> from = tokens(older);
        List<String> to = tokens(newer);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int at = delta.getSource().getPosition();
            add(segments, Kind.SAME, from.subList(position, at));
            add(segments, Kind.DELETED, delta.getSource().getLines());
            add(segments, Kind.INSERTED, delta.getTarget().getLines());
            position = at + delta.getSource().size();
        }
        add(segments, Kind.SAME, from.subList(position, from.size()));
        return segments;
    }

    /**
     * The runs as HTML, every text escaped: deleted runs in {@code <del>}, inserted ones in {@code <ins>}, each with
     * its kind spelled out for screen readers (which announce neither element), in the reader's language.
     */
    static String html(List<Segment> segments, String lang, String deletedStart, String deletedEnd,
            String insertedStart, String insertedEnd) {
        StringBuilder html = new StringBuilder();
        for (Segment segment : segments) {
            String text = HtmlUtils.htmlEscape(segment.text());
            switch (segment.kind()) {
                case SAME -> html.append(text);
                case DELETED -> html.append("<del>").append(hidden(deletedStart, lang)).append(text)
                        .append(hidden(deletedEnd, lang)).append("</del>");
                case INSERTED -> html.append("<ins>").append(hidden(insertedStart, lang)).append(text)
                        .append(hidden(insertedEnd, lang)).append("</ins>");
            }
        }
        return html.toString();
    }

    private static String hidden(String words, String lang) {
        return "<span class=\"visually-hidden\" lang=\"" + HtmlUtils.htmlEscape(lang) + "\">"
                + HtmlUtils.htmlEscape(words) + "</span>";
    }

    /** Whether anything differs. */
    static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Appends the tokens as one run, joined to the previous run of the same kind. */
    private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
