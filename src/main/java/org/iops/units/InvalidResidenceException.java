package org.iops.units;

/**
 * A residence that cannot place a member: a blank or overlong locality, or an unknown country. {@link #field()}
 * names the join form's field ({@code country} or {@code locality}) so the form can show the error next to it.
 */
public class InvalidResidenceException extends IllegalArgumentException {

    /** The longest locality name accepted, in characters. */
    public static final int MAX_LOCALITY_LENGTH = 120;

    private final String field;

    public InvalidResidenceException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The join form field the problem belongs to: {@code country} or {@code locality}. */
    public String field() {
        return field;
    }
}
