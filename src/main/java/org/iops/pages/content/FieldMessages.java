package org.iops.pages.content;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The message of each field's first error on a page form, in the editor's language, with the limits it broke. */
final class FieldMessages {

    private static final Map<String, Integer> LIMITS = Map.of(
            "title", PageForm.MAX_TITLE, "body", PageForm.MAX_BODY, "note", PageForm.MAX_NOTE);

    private FieldMessages() {
    }

    static Map<String, String> of(BindingResult errors, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            String key = error.getDefaultMessage();
            Integer limit = LIMITS.get(error.getField());
            Object[] args = limit == null ? new Object[0]
                    : new Object[] {limit, String.valueOf(error.getRejectedValue()).length()};
            boolean ours = key != null && key.startsWith("pages.");
            byField.putIfAbsent(error.getField(),
                    messages.getMessage(ours ? key : "pages.admin.error.invalid", args, key, locale));
        }
        return byField;
    }
}
