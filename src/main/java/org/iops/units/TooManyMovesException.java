package org.iops.units;

import java.time.Instant;

/**
 * A member tried to move their residence more than {@link UnitDirectory#MOVES_PER_WEEK} times in seven days. Moves
 * decide whose chapter a member belongs to, and each may create a chapter, so they are few; nothing was written.
 */
public class TooManyMovesException extends RuntimeException {

    private final Instant nextMoveAt;

    public TooManyMovesException(Instant nextMoveAt) {
        super("Too many residence moves; next one allowed at " + nextMoveAt);
        this.nextMoveAt = nextMoveAt;
    }

    /** When the oldest move of the window leaves it, so the member may move again. */
    public Instant nextMoveAt() {
        return nextMoveAt;
    }
}
