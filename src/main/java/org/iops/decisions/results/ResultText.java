package org.iops.decisions.results;

import com.ibm.icu.text.ListFormatter;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import org.iops.decisions.counting.Explanation;
import org.iops.web.PageContext;

/**
 * Says what a count explains ({@link Explanation}: a message key with typed arguments) in the reader's language,
 * from {@code messages/decisions*.properties}: counts are passed as numbers so that each message chooses its plural
 * form, vote values and shares are formatted for the reader's locale, names are joined as the language lists them
 * ("A, B and C", "A, B y C", "A, B und C"), and a message inside a message is rendered first.
 */
public final class ResultText {

    private ResultText() {
    }

    /** The explanation in the reader's language. */
    public static String render(PageContext page, Explanation explanation) {
        Object[] arguments = explanation.arguments().stream().map(argument -> argument(page, argument)).toArray();
        return page.t(explanation.key(), arguments);
    }

    /** Several sentences (a result's summary), one after the other. */
    public static String render(PageContext page, List<Explanation> sentences) {
        return String.join(" ", sentences.stream().map(sentence -> render(page, sentence)).toList());
    }

    /** What a cell shows where there is no figure (a candidate no longer counted): a dash, read as words beside it. */
    public static final String NONE = "\u2014";

    /**
     * A vote value in the reader's notation, with its decimals (a single transferable vote moves fractions of
     * votes) but without trailing zeros: {@code 12}, {@code 3.5} or {@code 3,5}.
     */
    public static String votes(PageContext page, BigDecimal votes) {
        NumberFormat format = NumberFormat.getNumberInstance(page.locale());
        BigDecimal plain = votes.stripTrailingZeros();
        format.setMaximumFractionDigits(Math.max(plain.scale(), 0));
        format.setMinimumFractionDigits(0);
        return format.format(plain);
    }

    /** A change of votes with its sign: {@code +3.5}, {@code −2}; empty for no change. */
    public static String change(PageContext page, BigDecimal change) {
        return change.signum() == 0 ? "" : (change.signum() > 0 ? "+" : "\u2212") + votes(page, change.abs());
    }

    /** {@code part} as a share of {@code whole}, in percent to one decimal place; empty when the whole is 0. */
    public static String percent(PageContext page, BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(page.locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(part.doubleValue() / whole.doubleValue());
    }

    // Java 17: no patterns in switch yet, so the sealed argument types are tested one by one
    private static Object argument(PageContext page, Explanation.Argument argument) {
        if (argument instanceof Explanation.Count count) {
            return count.value();
        }
        if (argument instanceof Explanation.Votes votes) {
            // a number, so that a message can choose "1 vote" or "2.5 votes"
            return votes.value();
        }
        if (argument instanceof Explanation.Share share) {
            NumberFormat whole = NumberFormat.getIntegerInstance(page.locale());
            return whole.format(share.numerator()) + "/" + whole.format(share.denominator());
        }
        if (argument instanceof Explanation.Name name) {
            return name.value();
        }
        if (argument instanceof Explanation.Names names) {
            return ListFormatter.getInstance(page.locale()).format(names.values());
        }
        return render(page, ((Explanation.Part) argument).value());
    }
}
