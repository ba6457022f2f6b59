package org.iops.units.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iops.units.MemberCard;
import org.iops.units.MemberCardPage;
import org.iops.units.MemberCards;
import org.iops.units.UnitId;
import org.iops.units.UnitLevel;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitRepository;
import org.iops.units.web.Views.ChapterRow;
import org.iops.units.web.Views.Crumb;
import org.iops.units.web.Views.MemberPage;
import org.iops.units.web.Views.UnitView;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Turns units into what their pages show, in the reader's language and as far as the reader may see. */
@Component
class UnitPresenter {

    static final int MEMBERS_PER_PAGE = 100;

    private final UnitRepository units;
    private final ObjectProvider<MemberCards> memberCards;

    UnitPresenter(UnitRepository units, ObjectProvider<MemberCards> memberCards) {
        this.units = units;
        this.memberCards = memberCards;
    }

    /** The unit named in a URL, or a 404 when there is none. */
    Unit unit(UnitId id) {
        return units.get(id.value());
    }

    /** For a controller that still takes the id as text: a 404 for anything that is not a unit's id. */
    Unit unit(String id) {
        return unit(UnitId.parse(id));
    }

    static @Nullable UUID reader() {
        return PageContextFactory.currentMemberId();
    }

    /** The signed-in member; a visitor is sent to the login page by Spring Security. */
    static UUID signedIn() {
        return PageContextFactory.signedInMemberId();
    }

    /** International and branches are named in the reader's language; regions and chapters as their members named them. */
    String name(Unit unit, PageContext page) {
        return switch (unit.level()) {
            case INTERNATIONAL -> page.t("units.international.name");
            case BRANCH -> page.countryName(unit.countryCode());
            default -> unit.name();
        };
    }

    UnitView view(Unit unit, PageContext page) {
        return new UnitView(unit.id(), unit.ref().path(), unit.level(), unit.kind(), unit.status(), name(unit, page),
                unit.foundedOn(), unit.memberCount());
    }

    List<Crumb> crumbs(Unit unit, PageContext page) {
        Map<UUID, Unit> ancestors = units.findAll(unit.ancestors()).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        List<Crumb> crumbs = new ArrayList<>();
        for (UUID id : unit.path()) {
            Unit step = id.equals(unit.id()) ? unit : ancestors.get(id);
            if (step != null) {
                crumbs.add(new Crumb(name(step, page), step.ref().path()));
            }
        }
        return crumbs;
    }

    /** A chapter's row in a list, with its members as {@link org.iops.units.tree.Figures} counts them. */
    ChapterRow row(Unit chapter, long members) {
        return new ChapterRow(chapter.name(), chapter.ref().path(), chapter.status(), chapter.kind(),
                members, chapter.foundedOn());
    }

    Collator collator(PageContext page) {
        return Collator.getInstance(page.locale());
    }

    Comparator<Unit> byName(PageContext page) {
        Collator collator = collator(page);
        return Comparator.comparing(u -> name(u, page), collator);
    }

    /** The cards the reader may see, by id; members hidden from directories are missing. */
    Map<UUID, MemberCard> cards(@Nullable UUID reader, Collection<UUID> ids) {
        MemberCards cards = memberCards.getIfAvailable();
        if (cards == null || ids.isEmpty()) {
            return Map.of();
        }
        return cards.visibleTo(reader, ids).stream()
                .collect(Collectors.toMap(MemberCard::memberId, Function.identity(), (a, b) -> a));
    }

    List<MemberCard> cardList(@Nullable UUID reader, Collection<UUID> ids) {
        MemberCards cards = memberCards.getIfAvailable();
        return cards == null || ids.isEmpty() ? List.of() : cards.visibleTo(reader, ids);
    }

    /** The people of a list as the reader may see them, with how many there are in all. */
    Views.People people(@Nullable UUID reader, Collection<UUID> ids) {
        return new Views.People(cardList(reader, ids), ids.size());
    }

    /** One page of a unit's members; only that page's members are read. */
    MemberPage memberPage(@Nullable UUID reader, List<UUID> memberIds, int total, int requestedPage) {
        MemberCards cards = memberCards.getIfAvailable();
        if (cards == null || memberIds.isEmpty()) {
            return new MemberPage(List.of(), 1, 1, total, total);
        }
        int requested = Math.min(Math.max(1, requestedPage), Math.max(1, (memberIds.size() + MEMBERS_PER_PAGE - 1) / MEMBERS_PER_PAGE));
        MemberCardPage slice = cards.visibleTo(reader, memberIds, (requested - 1) * MEMBERS_PER_PAGE, MEMBERS_PER_PAGE);
        int pages = Math.max(1, (slice.totalVisible() + MEMBERS_PER_PAGE - 1) / MEMBERS_PER_PAGE);
        int page = Math.min(requested, pages);
        if (page != requested) {
            slice = cards.visibleTo(reader, memberIds, (page - 1) * MEMBERS_PER_PAGE, MEMBERS_PER_PAGE);
        }
        return new MemberPage(slice.cards(), page, pages, total, Math.max(0, total - slice.totalVisible()));
    }

    boolean isLevel(Unit unit, UnitLevel level) {
        return unit.level() == level;
    }

    /** The member's name as the reader may see it, or a short number when their card is not visible. */
    String memberName(Map<UUID, MemberCard> cards, UUID id, PageContext page) {
        MemberCard card = cards.get(id);
        return card != null ? card.displayName() : page.t("units.member.unlisted", id.toString().substring(0, 8));
    }
}
