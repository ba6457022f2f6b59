package org.iops.web;

import java.util.List;
import org.iops.shared.Countries;

/** One choice of a select field ({@code web/form/field.jte} with {@code type = "select"}): what is sent and what is shown. */
public interface FormOption {

    String value();

    String label();

    /** The language the label is written in when it differs from the page's (a language's own name), else null. */
    default @org.jspecify.annotations.Nullable String lang() {
        return null;
    }

    static FormOption of(String value, String label) {
        record Simple(String value, String label) implements FormOption {
        }
        return new Simple(value, label);
    }

    /** A choice whose label is written in {@code lang}, such as a language named in itself. */
    static FormOption inLanguage(String value, String label, String lang) {
        record InLanguage(String value, String label, String lang) implements FormOption {
        }
        return new InLanguage(value, label, lang);
    }

    /** The countries of {@link Countries#in}, as choices: the code is sent, the name shown. */
    static List<FormOption> countries(List<Countries.Country> countries) {
        return countries.stream().map(c -> of(c.code(), c.name())).toList();
    }
}
