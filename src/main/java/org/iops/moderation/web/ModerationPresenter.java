package org.iops.moderation.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.iops.content.Contents;
import org.iops.members.MemberNames;
import org.iops.moderation.web.QueueViews.UnitView;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Units and members named for the moderation pages, in the reader's language. */
@Component
class ModerationPresenter {

    private final UnitDirectory units;
    private final MemberNames names;
    private final Contents contents;

    ModerationPresenter(UnitDirectory units, MemberNames names, Contents contents) {
        this.units = units;
        this.names = names;
        this.contents = contents;
    }

    /**
     * The unit of a moderation page or action, for a reader who may moderate it: a 404 for no such unit, a 403 for a
     * reader who may not.
     */
    UnitRef moderated(UnitId id, UUID reader) {
        UnitRef unit = unit(id);
        if (!contents.mayModerate(reader, id)) {
            throw new ForbiddenException("moderate " + id);
        }
        return unit;
    }

    UnitRef unit(UnitId id) {
        return units.find(id).orElseThrow(() -> new NotFoundException("unit " + id));
    }

    UnitView view(UnitRef unit, PageContext page) {
        return new UnitView(unit.id().toString(), unit.displayName(page.locale()), unit.path());
    }

    String unitName(UnitId id, PageContext page) {
        return units.find(id).map(u -> u.displayName(page.locale())).orElse("");
    }

    /** Display names of these members, in one query; a missing one (a deleted account) reads "former member". */
    Map<UUID, String> names(Collection<@Nullable UUID> members) {
        List<UUID> ids = members.stream().filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? new HashMap<>() : names.displayNames(ids);
    }

    static String name(Map<UUID, String> names, @Nullable UUID member, PageContext page) {
        String name = member == null ? null : names.get(member);
        return name == null ? page.t("moderation.formerMember") : name;
    }
}
