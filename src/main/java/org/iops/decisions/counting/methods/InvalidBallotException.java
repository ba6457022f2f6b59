package org.iops.decisions.counting.methods;

/**
 * One ballot that the method cannot accept: an unknown option, two choices where one is allowed,
 * an option ranked twice. The message gives the ballot's position (counting from 1) and the
 * problem.
 */
public class InvalidBallotException extends InvalidCountException {

    private static final long serialVersionUID = 1L;

    private final int ballotNumber;

    public InvalidBallotException(int ballotNumber, String problem) {
        super("Ballot " + ballotNumber + ": " + problem);
        this.ballotNumber = ballotNumber;
    }

    /** Position of the rejected ballot in the list given to the count, counting from 1. */
    public int ballotNumber() {
        return ballotNumber;
    }
}
