package org.iops.members.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iops.units.Permissions;
import org.iops.units.UnitActions;
import org.iops.units.UnitId;
import org.iops.units.UnitDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Works out how a reader stands to a member, from the organization tree, the reader's standing (loaded once per
 * request: an admin is whoever may {@link UnitActions#ADMINISTER} a unit the member belongs to) and how long the reader
 * has lived in the member's chapter ({@link PrivacyPolicy#CHAPTER_MATE_AFTER}).
 */
@Component
public class Viewers {

    private final UnitDirectory units;
    private final Permissions permissions;
    private final Clock clock;

    Viewers(UnitDirectory units, Permissions permissions, Clock clock) {
        this.units = units;
        this.permissions = permissions;
        this.clock = clock;
    }

    public Relation relation(@Nullable UUID reader, UUID member) {
        if (reader == null) {
            return Relation.VISITOR;
        }
        if (reader.equals(member)) {
            return Relation.SELF;
        }
        if (!permissions.mayOverMembers(reader, UnitActions.ADMINISTER, List.of(member)).isEmpty()) {
            return Relation.ADMIN;
        }
        if (units.shareAChapter(reader, member, settledSince())) {
            return Relation.CHAPTER_MATE;
        }
        return Relation.MEMBER;
    }

    /** Whether the reader is an international admin, and so administers every member. */
    public boolean administersEveryone(UUID reader) {
        return permissions.reach(reader, UnitActions.ADMINISTER).contains(UnitId.INTERNATIONAL);
    }

    /** Of {@code members}, those the reader administers. */
    public Set<UUID> administeredBy(UUID reader, Collection<UUID> members) {
        return permissions.mayOverMembers(reader, UnitActions.ADMINISTER, members);
    }

    /** Of {@code members}, those the reader is a chapter mate of ({@link Relation#CHAPTER_MATE}). */
    public Set<UUID> chapterMatesOf(UUID reader, Collection<UUID> members) {
        return units.chapterMatesAmong(reader, members, settledSince());
    }

    /** A reader who has lived in the chapter since this time or earlier has waited long enough. */
    private Instant settledSince() {
        return clock.instant().minus(PrivacyPolicy.CHAPTER_MATE_AFTER);
    }
}
