package org.iops.committee.queries;

import java.time.Instant;
import java.util.UUID;
import org.iops.committee.CommitteeProcedures;
import org.iops.committee.QueryId;
import org.iops.content.ContentRef;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * A proposal circulated to a unit's committee.
 *
 * @param procedures       the procedures in force when it was circulated, which count its answers
 * @param procedureVersion their version in the unit that set them, null when the default held
 * @param tokenKey         the key its answer links are signed with (never shown)
 * @param pollWinner       the most popular option of the member poll, once it closed
 */
public record Query(UUID id, UnitId unit, @Nullable UUID author, String title, String body, String language,
        Instant createdAt, Instant deadline, QueryStatus status, CommitteeProcedures procedures,
        @Nullable Integer procedureVersion, byte[] tokenKey, @Nullable UUID pollId, @Nullable String pollWinner,
        @Nullable UUID runoffPollId, @Nullable Instant closedAt) {

    public QueryId queryId() {
        return new QueryId(id);
    }

    public ContentRef ref() {
        return new ContentRef(QueryId.TYPE, id);
    }

    public String path() {
        return "/committee/queries/" + id;
    }

    /** Whether answers are still taken at this moment. */
    public boolean openAt(Instant now) {
        return status == QueryStatus.OPEN && now.isBefore(deadline);
    }
}
