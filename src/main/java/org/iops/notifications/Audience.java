package org.iops.notifications;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A group of members a module can notify all at once with {@link Notifications#notifyAudience}: a poll's roll, the
 * members of a unit, the holders of a role. A module declares each audience it names as a bean whose bean name is
 * the audience's name, {@code <module>.<what>} ({@code @Component("polls.roll")}); the key says which one
 * (the poll's id, the unit's id).
 *
 * <p>The members are listed in pages, in ascending order of their ids, by keyset: the expansion remembers the last
 * id of each committed page and asks for the ids after it, so a crash resumes without telling anyone twice. Answer
 * with one indexed query (an index or primary key on the member id within the key), as the audience is now: a
 * member who left before the expansion reached them is not told, one who arrived may be. List no deleted member.
 */
public interface Audience {

    /**
     * Up to {@code limit} members of the audience {@code key} whose ids come after {@code after} (all from the
     * first when null), in ascending id order (PostgreSQL's {@code uuid} order); fewer than {@code limit} means the
     * end. An unknown key is an empty audience.
     */
    List<UUID> members(String key, @Nullable UUID after, int limit);
}
