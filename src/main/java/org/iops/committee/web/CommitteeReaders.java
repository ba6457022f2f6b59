package org.iops.committee.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.iops.committee.queries.CommitteeRoll;
import org.iops.committee.queries.Query;
import org.iops.members.MemberNames;
import org.iops.shared.NotFoundException;
import org.iops.units.Memberships;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who reads, and what they may see: a unit's committee pages, its queries and their answers are for the members of
 * the unit (and the units below it) and its committee; anyone else gets the 404 page, as for a unit they may not see.
 */
@Component
class CommitteeReaders {

    private final UnitDirectory units;
    private final Memberships memberships;
    private final CommitteeRoll roll;
    private final MemberNames names;
    private final PageContextFactory pages;

    CommitteeReaders(UnitDirectory units, Memberships memberships, CommitteeRoll roll, MemberNames names,
            PageContextFactory pages) {
        this.units = units;
        this.memberships = memberships;
        this.roll = roll;
        this.names = names;
        this.pages = pages;
    }

    PageContext page(HttpServletRequest request) {
        return pages.of(request);
    }

    static @Nullable UUID reader() {
        return PageContextFactory.currentMemberId();
    }

    static UUID signedIn() {
        return PageContextFactory.signedInMemberId();
    }

    /** The unit, if the signed-in reader may read its committee's pages. */
    UnitRef readable(UnitId id) {
        UnitRef unit = units.find(id).filter(found -> units.isPublic(found.id()))
                .orElseThrow(() -> new NotFoundException("unit"));
        UUID reader = signedIn();
        if (!memberships.belongsTo(reader, id) && !roll.members(id).contains(reader)) {
            throw new NotFoundException("unit");
        }
        return unit;
    }

    UnitRef readable(Query query) {
        return readable(query.unit());
    }

    Map<UUID, String> names(Collection<UUID> members) {
        return names.displayNames(members);
    }

    String name(@Nullable UUID member, Map<UUID, String> names, PageContext page) {
        String name = member == null ? null : names.get(member);
        return name == null ? page.t("members.former") : name;
    }
}
