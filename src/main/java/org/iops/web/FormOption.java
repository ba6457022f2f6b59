package org.iops.web;

import java.util.List;
import org.iops.shared.Countries;

/** One choice of a select field ({@code web/form/field.jte} with {@code type = "select"}): what is sent and what is shown. */
public interface FormOption {

    String value();

    String label();

    static FormOption of(String value, String label) {
        record Simple(String value, String label) implements FormOption {
        }
        return new Simple(value, label);
    }

    /** The countries of {@link Countries#in}, as choices: the code is sent, the name shown. */
    static List<FormOption> countries(List<Countries.Country> countries) {
        return countries.stream().map(c -> of(c.code(), c.name())).toList();
    }
}
