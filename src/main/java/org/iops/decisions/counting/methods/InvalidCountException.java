package org.iops.decisions.counting.methods;

import org.iops.decisions.counting.Explanation;

/**
 * Rules or inputs to a count that cannot be counted: an empty option list, a negative electorate,
 * more ballots than voters, an impossible threshold. The message names the problem in English words a
 * poll organizer can act on; {@link #problem()} says the same as a message key, for a page in the reader's
 * language.
 */
public class InvalidCountException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Explanation problem;

    public InvalidCountException(Explanation problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** What was wrong, as a message key with arguments. */
    public Explanation problem() {
        return problem;
    }
}
