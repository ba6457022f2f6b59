package org.iops.decisions.counting.cvr;

import org.iops.decisions.counting.CountingException;

/** A cast vote record file that can't be read; the message names the file and the problem. */
public class CvrReadException extends CountingException {

    private static final long serialVersionUID = 1L;

    public CvrReadException(String message) {
        super(message);
    }

    public CvrReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
