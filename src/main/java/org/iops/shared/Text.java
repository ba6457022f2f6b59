package org.iops.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers used by several modules. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern UNICODE_SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private Text() {
    }

    /** A key that ignores case, accents and surrounding or repeated spaces: "  São  Paulo " and "sao paulo" match. */
    public static String matchKey(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(unaccented).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * A password as it is checked and stored: NFKC (so a full-width or composed spelling is the same password),
     * without surrounding whitespace, each run of inner whitespace as one space. Null becomes empty.
     */
    public static String password(String password) {
        if (password == null) {
            return "";
        }
        return UNICODE_SPACES.matcher(Normalizer.normalize(password, Normalizer.Form.NFKC).strip()).replaceAll(" ");
    }

    /** Trims and removes control characters other than newline and tab; null stays null, blank becomes null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = CONTROL.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
