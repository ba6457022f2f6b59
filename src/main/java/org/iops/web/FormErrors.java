package org.iops.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What is wrong with a submitted form, by field: a message key and its arguments, for {@code web/form/field.jte}
 * to show next to each field and {@code web/form/errorSummary.jte} to link to. Every module's forms use this one
 * holder.
 */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(Map.of());

    private static final Object[] NO_ARGUMENTS = new Object[0];

    /** One field's problem: a message key of the form's module and the values it names. */
    public record Problem(String key, Object[] args) {
    }

    private final Map<String, Problem> byField;

    private FormErrors(Map<String, Problem> byField) {
        this.byField = byField;
    }

    /**
     * The first error of each field. A validation message that is a key of the form's module (it starts like
     * {@code fallbackKey}: {@code members.email.invalid} for {@code members.field.invalid}) is kept; a binding
     * failure or a framework's own message becomes {@code fallbackKey}, so the reader never sees Java's words.
     */
    public static FormErrors of(BindingResult result, String fallbackKey) {
        return of(result, fallbackKey, error -> NO_ARGUMENTS);
    }

    /** As {@link #of(BindingResult, String)}, with the arguments of each field's message (a limit, a length). */
    public static FormErrors of(BindingResult result, String fallbackKey, Function<FieldError, Object[]> arguments) {
        String module = fallbackKey.substring(0, fallbackKey.indexOf('.') + 1);
        Map<String, Problem> byField = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            String key = error.getDefaultMessage();
            if (error.isBindingFailure() || key == null || !key.startsWith(module)) {
                key = fallbackKey;
            }
            byField.putIfAbsent(error.getField(), new Problem(key, arguments.apply(error)));
        }
        result.getGlobalErrors().forEach(e ->
                byField.putIfAbsent("", new Problem(String.valueOf(e.getDefaultMessage()), NO_ARGUMENTS)));
        return new FormErrors(byField);
    }

    /** Errors found without Bean Validation: a message key per field, in the order given. */
    public static FormErrors of(Map<String, String> keysByField) {
        Map<String, Problem> byField = new LinkedHashMap<>();
        keysByField.forEach((field, key) -> byField.put(field, new Problem(key, NO_ARGUMENTS)));
        return new FormErrors(byField);
    }

    /** These errors and one more, for a problem found after validation (an address already taken). */
    public FormErrors with(String field, String key, Object... args) {
        Map<String, Problem> byField = new LinkedHashMap<>(this.byField);
        byField.putIfAbsent(field, new Problem(key, args));
        return new FormErrors(byField);
    }

    /**
     * The fields with an error, in the order the form shows them ({@code fields}), then any other field with
     * an error: the order of the links in the form's error summary.
     */
    public List<String> orderedFields(List<String> fields) {
        List<String> ordered = new ArrayList<>();
        fields.stream().filter(byField::containsKey).forEach(ordered::add);
        byField.keySet().stream().filter(f -> !f.isEmpty() && !ordered.contains(f)).forEach(ordered::add);
        return ordered;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message key for the field, or null. */
    public @Nullable String key(String field) {
        Problem problem = byField.get(field);
        return problem == null ? null : problem.key();
    }

    /** The arguments of the field's message; none when it has no error. */
    public Object[] args(String field) {
        Problem problem = byField.get(field);
        return problem == null ? NO_ARGUMENTS : problem.args();
    }

    /** For aria-invalid: "true" when the field has an error, otherwise null so the attribute is left out. */
    public @Nullable String invalid(String field) {
        return has(field) ? "true" : null;
    }
}
