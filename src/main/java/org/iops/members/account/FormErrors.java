package org.iops.members.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The message keys of what is wrong with a submitted form, by field, for the template to show next to each field. */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(Map.of());

    private final Map<String, String> byField;

    private FormErrors(Map<String, String> byField) {
        this.byField = byField;
    }

    /** Validation messages are message keys (for example {@code members.email.invalid}); the first per field wins. */
    public static FormErrors of(BindingResult result) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            String key = error.getDefaultMessage();
            if (error.isBindingFailure() || key == null || !key.startsWith("members.")) {
                key = "members.field.invalid";
            }
            byField.putIfAbsent(error.getField(), key);
        }
        result.getGlobalErrors().forEach(e -> byField.putIfAbsent("", String.valueOf(e.getDefaultMessage())));
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
        return byField.get(field);
    }

    /** For aria-invalid: "true" when the field has an error, otherwise null so the attribute is left out. */
    public @Nullable String invalid(String field) {
        return has(field) ? "true" : null;
    }
}
