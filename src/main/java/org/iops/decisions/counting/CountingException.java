package org.iops.decisions.counting;

/**
 * A count that cannot be made: inconsistent or unsupported rules, unknown candidates, unreadable
 * cast vote records. The message names the offending option or input.
 */
public class CountingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CountingException(String message) {
        super(message);
    }

    public CountingException(String message, Throwable cause) {
        super(message, cause);
    }
}
