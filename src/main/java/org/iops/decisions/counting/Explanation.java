package org.iops.decisions.counting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Something a count says in words (an outcome, a rule, a tie-break, why a ballot or a rule was refused) as a
 * message key with typed arguments instead of an English sentence, so that a page can say it in its reader's
 * language. The counting library only names the message; the keys and their wording in each language live in
 * {@code messages/decisions*.properties}, and {@code org.iops.decisions.results.ResultText} renders them.
 *
 * <p>Arguments are typed so that the renderer can format each in the reader's language: a {@link Count} chooses a
 * plural form, {@link Votes} may carry decimals, a {@link Share} is an exact fraction, {@link Names} become a list
 * ("A, B and C", "A, B y C"), and a {@link Part} is itself a message (a rule inside an outcome).
 *
 * @param key       the message key, {@code decisions.<area>.<what>}
 * @param arguments the message's arguments {0}, {1}..., in order
 */
public record Explanation(String key, List<Argument> arguments) {

    public Explanation {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** A message with these arguments. */
    public static Explanation of(String key, Argument... arguments) {
        return new Explanation(key, List.of(arguments));
    }

    /** The argument {@code index} (from 0). */
    public Argument argument(int index) {
        return arguments.get(index);
    }

    /** One argument of a message. */
    public sealed interface Argument permits Count, Votes, Share, Name, Names, Part {
    }

    /** A whole number (ballots, votes, seats, a round): the message chooses its plural form by it. */
    public record Count(long value) implements Argument {
    }

    /**
     * A vote value that may carry decimals (fractional transfers of a single transferable vote), without trailing
     * zeros: RCTab's four decimal places are arithmetic, not something to read, and 2.0000 votes equal 2.
     */
    public record Votes(BigDecimal value) implements Argument {

        public Votes {
            value = value.stripTrailingZeros();
        }
    }

    /** An exact share such as 2/3, never a rounded decimal. */
    public record Share(long numerator, long denominator) implements Argument {
    }

    /** An option's or candidate's name, as the poll lists it (not translated). */
    public record Name(String value) implements Argument {

        public Name {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Several names (tied options, winners), shown as a list in the reader's language. */
    public record Names(List<String> values) implements Argument {

        public Names {
            values = List.copyOf(values);
        }
    }

    /** A message inside the message: a rule in an outcome, a reason in a refusal. */
    public record Part(Explanation value) implements Argument {

        public Part {
            Objects.requireNonNull(value, "value");
        }
    }

    public static Count count(long value) {
        return new Count(value);
    }

    public static Votes votes(BigDecimal value) {
        return new Votes(value);
    }

    public static Share share(long numerator, long denominator) {
        return new Share(numerator, denominator);
    }

    public static Name name(String value) {
        return new Name(value);
    }

    public static Names names(List<String> values) {
        return new Names(values);
    }

    public static Part part(Explanation value) {
        return new Part(value);
    }

    /** A message naming one thing from a fixed set: {@code word("decisions.outcome", "passed")}. */
    public static Part word(String prefix, String choice) {
        return new Part(of(prefix + "." + choice));
    }
}
