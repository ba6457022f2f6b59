package org.iops.decisions.counting;

/**
 * A count that cannot be made: inconsistent or unsupported rules, unknown candidates, unreadable
 * cast vote records. The message names the offending option or input in English, for operators and the
 * {@code tally} command; {@link #problem()} says the same as a message key, for a poll's page.
 */
public class CountingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problem as a message for members; kept out of serialization with the rest of the exception's state. */
    private final transient Explanation problem;

    /** A problem that only an operator can act on (a file, a configuration): members are told the count failed. */
    public CountingException(String message) {
        this(Explanation.of("decisions.error.count"), message);
    }

    public CountingException(String message, Throwable cause) {
        super(message, cause);
        this.problem = Explanation.of("decisions.error.count");
    }

    /** A problem members can be told about, with its English wording for logs and the command line. */
    public CountingException(Explanation problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** What went wrong, as a message key with arguments, for a page in the reader's language. */
    public Explanation problem() {
        return problem == null ? Explanation.of("decisions.error.count") : problem;
    }
}
