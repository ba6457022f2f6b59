package org.iops.decisions.counting.methods;

import java.util.ArrayList;
import java.util.List;
import org.iops.decisions.counting.Explanation;

/**
 * One ballot that the method cannot accept: an unknown option, two choices where one is allowed,
 * an option ranked twice. The message gives the ballot's position (counting from 1) and the
 * problem; {@link #problem()} is the message {@code decisions.ballot.<problem>} whose first argument is that
 * position.
 */
public class InvalidBallotException extends InvalidCountException {

    private static final long serialVersionUID = 1L;

    private final int ballotNumber;

    /**
     * @param ballotNumber the ballot's position, from 1
     * @param problem      the last part of the message key, {@code decisions.ballot.<problem>}
     * @param english      the problem in English, after "Ballot N: "
     * @param arguments    the message's arguments after the ballot's position
     */
    InvalidBallotException(int ballotNumber, String problem, String english, Explanation.Argument... arguments) {
        super(explanation(ballotNumber, problem, arguments), "Ballot " + ballotNumber + ": " + english);
        this.ballotNumber = ballotNumber;
    }

    private static Explanation explanation(int ballotNumber, String problem, Explanation.Argument... arguments) {
        List<Explanation.Argument> all = new ArrayList<>();
        all.add(Explanation.count(ballotNumber));
        all.addAll(List.of(arguments));
        return new Explanation("decisions.ballot." + problem, all);
    }

    /** Position of the rejected ballot in the list given to the count, counting from 1. */
    public int ballotNumber() {
        return ballotNumber;
    }
}
