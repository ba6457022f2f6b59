package org.iops.members.privacy;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.iops.units.Permissions;
import org.iops.units.UnitDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Works out how a reader stands to a member, from the organization tree and the reader's roles. */
@Component
public class Viewers {

    private final UnitDirectory units;
    private final Permissions permissions;

    Viewers(UnitDirectory units, Permissions permissions) {
        this.units = units;
        this.permissions = permissions;
    }

    public Relation relation(@Nullable UUID reader, UUID member) {
        if (reader == null) {
            return Relation.VISITOR;
        }
        if (reader.equals(member)) {
            return Relation.SELF;
        }
        if (permissions.administersMember(reader, member)) {
            return Relation.ADMIN;
        }
        if (units.shareAChapter(reader, member)) {
            return Relation.CHAPTER_MATE;
        }
        return Relation.MEMBER;
    }

    /** Whether the reader is an international admin, and so administers every member. */
    public boolean administersEveryone(UUID reader) {
        return permissions.isInternationalAdmin(reader);
    }

    /** Of {@code members}, those the reader administers. */
    public Set<UUID> administeredBy(UUID reader, Collection<UUID> members) {
        return permissions.administeredAmong(reader, members);
    }

    /** Of {@code members}, those who share a chapter with the reader. */
    public Set<UUID> chapterMatesOf(UUID reader, Collection<UUID> members) {
        return units.chapterMatesAmong(reader, members);
    }
}
