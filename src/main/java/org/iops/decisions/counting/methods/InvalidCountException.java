package org.iops.decisions.counting.methods;

/**
 * Rules or inputs to a count that cannot be counted: an empty option list, a negative electorate,
 * more ballots than voters, an impossible threshold. The message names the problem in words a
 * poll organizer can act on.
 */
public class InvalidCountException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidCountException(String message) {
        super(message);
    }
}
