package org.iops.governance;

import java.util.List;
import org.iops.web.PageContext;

/**
 * One governing rule as the rules pages show it: its key and how to say a value of it in the reader's language.
 *
 * @param key      the rule
 * @param describe a value put into words, one short line per term of the rule ("At least 500 members"), from the
 *                 module's own messages through {@link PageContext#t}
 * @param <T>      the value type
 */
public record ShownRule<T>(RuleKey<T> key, Describer<T> describe) {

    /** Says a value of the rule in the reader's language. */
    @FunctionalInterface
    public interface Describer<T> {
        List<String> lines(T value, PageContext page);
    }

    public static <T> ShownRule<T> of(RuleKey<T> key, Describer<T> describe) {
        return new ShownRule<>(key, describe);
    }

    /** The lines for a value read under this rule's key (of its type, as {@link GoverningRules} returns it). */
    public List<String> linesOf(Object value, PageContext page) {
        return describe.lines(key.type().cast(value), page);
    }

    /** The rule's name in the URL and in the store: {@code <module>.<rule>}. */
    public String name() {
        return key.name();
    }
}
