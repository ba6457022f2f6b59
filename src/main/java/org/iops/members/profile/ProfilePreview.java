package org.iops.members.profile;

import java.util.List;
import org.iops.members.privacy.Relation;

/** The reader a member chose to see their own profile as, and the readers they can choose from. */
public record ProfilePreview(Relation reader, List<Relation> readers) {

    /** The message key naming a kind of reader, for example {@code members.preview.reader.VISITOR}. */
    public static String readerKey(Relation relation) {
        return "members.preview.reader." + relation.name();
    }
}
