package org.iops.forums.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.Visibility;
import org.iops.forums.store.Category;
import org.iops.forums.store.Topic;
import org.iops.forums.web.ForumViews.CategoryView;
import org.iops.forums.web.ForumViews.TopicLine;
import org.iops.forums.web.ForumViews.UnitLink;
import org.iops.members.MemberNames;
import org.iops.shared.NotFoundException;
import org.iops.units.Memberships;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitLevel;
import org.iops.units.UnitRef;
import org.iops.units.UnitStatus;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Who reads, what they may see and post, and how units, categories, topics and authors are named for them. */
@Component
class ForumReaders {

    private final UnitDirectory units;
    private final Memberships memberships;
    private final Contents contents;
    private final MemberNames names;
    private final PageContextFactory pages;

    ForumReaders(UnitDirectory units, Memberships memberships, Contents contents, MemberNames names,
            PageContextFactory pages) {
        this.pages = pages;
        this.units = units;
        this.memberships = memberships;
        this.contents = contents;
        this.names = names;
    }

    PageContext page(HttpServletRequest request) {
        return pages.of(request);
    }

    static @Nullable UUID reader() {
        return PageContextFactory.currentMemberId();
    }

    /** The signed-in member; a visitor is sent to sign in. */
    static UUID signedIn() {
        return PageContextFactory.signedInMemberId();
    }

    /**
     * The unit, if this reader may find its forum: a hidden chapter's forum, and every topic and reply in it, is as
     * unknown as its page, except to its members and those who moderate it (its admins among them).
     */
    UnitRef unit(UUID id) {
        UnitId unit = new UnitId(id);
        UUID reader = reader();
        return units.find(unit).filter(u -> !units.isHidden(unit) || reader != null
                        && (memberships.belongsTo(reader, unit) || contents.mayModerate(reader, unit)))
                .orElseThrow(() -> new NotFoundException("unit " + id));
    }

    UnitLink link(UnitRef unit, PageContext page) {
        String name = unit.level() == UnitLevel.INTERNATIONAL ? page.t("units.international.name") : unit.displayName(page.locale());
        return new UnitLink(name, unit.path());
    }

    /** The visibilities of the unit's topics this reader may read (moderators read all). */
    Set<Visibility> visibleIn(@Nullable UUID reader, UUID unit) {
        if (reader == null) {
            return EnumSet.of(Visibility.PUBLIC);
        }
        if (memberships.belongsTo(reader, new UnitId(unit)) || contents.mayModerate(reader, new UnitId(unit))) {
            return EnumSet.allOf(Visibility.class);
        }
        return EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS);
    }

    boolean moderates(@Nullable UUID reader, UUID unit) {
        return contents.mayModerate(reader, new UnitId(unit));
    }

    /** Whether the reader may start topics and reply in the unit's forum: its members and moderators, while it is live. */
    boolean mayPost(@Nullable UUID reader, UnitRef unit) {
        return reader != null && unit.status() != UnitStatus.ARCHIVED && unit.status() != UnitStatus.MERGED
                && (memberships.belongsTo(reader, unit.id()) || contents.mayModerate(reader, unit.id()));
    }

    CategoryView category(Category category, PageContext page) {
        String name = category.name() != null ? category.name() : page.t("forums.category.general");
        String description = category.description() != null ? category.description()
                : category.isDefault() && category.name() == null ? page.t("forums.category.generalDescription") : null;
        return new CategoryView(category.id().toString(), name, description, category.archived(),
                "/forums/categories/" + category.id());
    }

    /**
     * The one implicit category of a unit whose forum has none yet, named as the default one is until renamed: its
     * page and its "Start a topic" form write nothing until the first topic is published.
     */
    CategoryView general(UnitRef unit, PageContext page) {
        return new CategoryView("", page.t("forums.category.general"), page.t("forums.category.generalDescription"),
                false, unit.path() + "/forum/general");
    }

    /** The display names of these authors; a deleted account reads "former member". */
    Map<UUID, String> names(Collection<UUID> authors) {
        return names.displayNames(authors.stream().filter(Objects::nonNull).distinct().toList());
    }

    String name(Map<UUID, String> names, @Nullable UUID author, PageContext page) {
        String name = author == null ? null : names.get(author);
        return name == null ? page.t("members.former") : name;
    }

    List<TopicLine> lines(List<Topic> topics, PageContext page) {
        Map<UUID, String> authors = names(topics.stream().map(Topic::authorId).filter(Objects::nonNull).toList());
        return topics.stream().map(t -> new TopicLine(t.path(), t.title(), name(authors, t.authorId(), page),
                t.pinned(), t.closed(), t.lastNumber(), t.lastActivityAt(), stateKey(t.state()))).toList();
    }

    static @Nullable String stateKey(ContentState state) {
        return state == ContentState.PUBLISHED ? null : "forums.state." + state.name();
    }
}
