package org.iops.governance;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one governing rule and the type of its value. A module declares the keys of its own rules as constants,
 * named {@code <module>.<rule>} ({@code proposals.unitRules}, {@code convention.preconditions}), with a record as
 * the value type (stored as JSON, so give it only plain fields: numbers, strings, booleans, enums, lists) and the
 * value that holds where no version was ever set.
 *
 * <p>The message {@code <name>.title} in the module's bundle names the rule on the rules pages.
 *
 * @param name         {@code <module>.<rule>}
 * @param type         the record the value is read into
 * @param defaultValue what holds before any version is set
 * @param <T>          the value type
 */
public record RuleKey<T>(String name, Class<T> type, T defaultValue) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*\\.[a-z][a-zA-Z0-9]*");

    public RuleKey {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a rule is named <module>.<rule>: " + name);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (!type.isInstance(defaultValue)) {
            throw new IllegalArgumentException("the default of " + name + " is not a " + type.getSimpleName());
        }
    }

    /** The message key naming the rule. */
    public String titleKey() {
        return name + ".title";
    }
}
