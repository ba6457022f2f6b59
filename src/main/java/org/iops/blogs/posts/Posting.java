package org.iops.blogs.posts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.blogs.PostId;
import org.iops.content.ContentLanguages;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.Mentions;
import org.iops.content.Visibility;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.text.MemberText;
import org.iops.units.Memberships;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.units.UnitDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing posts: drafts, publishing, editing and deleting by the author. Every text that leaves the drafts passes
 * {@link Contents#checkPosting} (a hold makes the post {@code PENDING}, "waiting for a moderator"), is kept as a
 * revision, and tells the members it mentions. Each call is one transaction: a refusal writes nothing.
 */
@Service
@Transactional
class Posting {

    private final PostRepository posts;
    private final Contents contents;
    private final Mentions mentions;
    private final MemberText text;
    private final Memberships memberships;
    private final UnitDirectory units;
    private final Clock clock;

    Posting(PostRepository posts, Contents contents, Mentions mentions, MemberText text, Memberships memberships,
            UnitDirectory units, Clock clock) {
        this.posts = posts;
        this.contents = contents;
        this.mentions = mentions;
        this.text = text;
        this.memberships = memberships;
        this.units = units;
        this.clock = clock;
    }

    /** The units the member may publish to: where they belong (their residence chain, chapters joined) and the international. */
    @Transactional(readOnly = true)
    List<UnitRef> unitsFor(UUID author) {
        List<UnitRef> mine = memberships.unitsOf(author);
        if (mine.isEmpty() || mine.stream().anyMatch(u -> u.id().equals(UnitId.INTERNATIONAL))) {
            return mine;
        }
        List<UnitRef> all = new java.util.ArrayList<>();
        units.find(UnitId.INTERNATIONAL).ifPresent(all::add);
        all.addAll(mine);
        return all;
    }

    /**
     * What is wrong with the form beyond its own constraints: by field, a message key of the blogs bundle. An edit may
     * keep the post in {@code currentUnit} after its author moved away.
     */
    @Transactional(readOnly = true)
    Map<String, String> problems(UUID author, PostForm form, @Nullable UUID currentUnit) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!ContentLanguages.isKnown(form.getLanguage())) {
            problems.put("language", "blogs.error.languageUnknown");
        }
        if (visibility(form) == null) {
            problems.put("visibility", "blogs.error.visibilityRequired");
        }
        UnitId unit = unit(form);
        if (unit == null || !unit.value().equals(currentUnit) && unitsFor(author).stream().noneMatch(u -> u.id().equals(unit))) {
            problems.put("unit", "blogs.error.unitNotYours");
        }
        return problems;
    }

    /** A new post: a draft, or published (or held) at once. */
    PostId create(UUID author, PostForm form, boolean publish) {
        requireValid(author, form, null);
        Instant now = now();
        Post draft = new Post(UUID.randomUUID(), author, unit(form).value(), visibility(form), Post.DRAFT,
                form.getLanguage(), form.getTitle(), form.getBody(), null, now, null, null, 0);
        posts.insert(draft);
        if (publish) {
            publish(author, draft, now);
        }
        return draft.postId();
    }

    /** Saves the author's changes to their post; a draft stays a draft unless {@code publish}. */
    void update(UUID author, PostId id, PostForm form, boolean publish) {
        Post post = ownPost(author, id);
        requireValid(author, form, post.unit());
        Post changed = new Post(post.id(), author, unit(form).value(), visibility(form), post.state(),
                form.getLanguage(), form.getTitle(), form.getBody(), post.hiddenReason(), post.createdAt(),
                post.publishedAt(), post.editedAt(), post.version());
        if (post.isDraft()) {
            posts.update(changed);
            if (publish) {
                publish(author, changed, now());
            }
            return;
        }
        if (changed.title().equals(post.title()) && changed.body().equals(post.body()) && changed.unit().equals(post.unit())
                && changed.visibility() == post.visibility() && changed.language().equals(post.language())) {
            return;
        }
        ContentState verdict = contents.checkPosting(author, new UnitId(changed.unit()), checked(changed)).initialState();
        // a held edit waits again; a hidden post stays hidden until a moderator shows it
        String state = post.contentState() == ContentState.PUBLISHED && verdict == ContentState.PENDING
                ? ContentState.PENDING.name() : post.state();
        Instant now = now();
        Post edited = new Post(post.id(), author, changed.unit(), changed.visibility(), state, changed.language(),
                changed.title(), changed.body(), post.hiddenReason(), post.createdAt(), post.publishedAt(),
                now, post.version() + 1);
        posts.update(edited);
        posts.addRevision(post.id(), edited.version(), author, edited.title(), edited.body(), now);
        tellMentioned(edited);
    }

    /** The author deletes their post: a draft goes, a published post is removed (comments keep "post removed"). */
    void delete(UUID author, PostId id) {
        Post post = ownPost(author, id);
        if (post.isDraft()) {
            posts.delete(post.id());
            return;
        }
        posts.update(withState(post, ContentState.REMOVED.name(), post.hiddenReason()));
    }

    private void publish(UUID author, Post draft, Instant now) {
        ContentState state = contents.checkPosting(author, new UnitId(draft.unit()), checked(draft)).initialState();
        Post published = new Post(draft.id(), author, draft.unit(), draft.visibility(), state.name(), draft.language(),
                draft.title(), draft.body(), null, draft.createdAt(), now, null, 1);
        posts.update(published);
        posts.addRevision(draft.id(), 1, author, draft.title(), draft.body(), now);
        tellMentioned(published);
    }

    void tellMentioned(Post post) {
        if (!post.isDraft() && post.contentState() == ContentState.PUBLISHED) {
            mentions.notifyMentioned(post.item(), text.render(post.body()).mentions());
        } else if (!post.isDraft() && post.contentState() == ContentState.PENDING) {
            contents.held(post.item()); // it waits in the unit's moderation queue
        }
    }

    /** The author's own post, locked; anyone else's is a 404 unless they may read it (then a 403). */
    private Post ownPost(UUID author, PostId id) {
        Post post = posts.lock(id.value()).orElseThrow(() -> new NotFoundException("post"));
        if (!post.isAuthor(author)) {
            if (!post.isDraft() && contents.maySee(author, post.item())) {
                throw new ForbiddenException("not the author");
            }
            throw new NotFoundException("post");
        }
        if (!post.isDraft() && post.contentState() == ContentState.REMOVED) {
            throw new NotFoundException("post");
        }
        return post;
    }

    private void requireValid(UUID author, PostForm form, @Nullable UUID currentUnit) {
        if (!problems(author, form, currentUnit).isEmpty()) {
            // the controller checks first and shows the problems; reaching here is a programming error
            throw new IllegalArgumentException("invalid post form");
        }
    }

    /** Posting rules read the title with the body: a link in a title is a link too. */
    private static String checked(Post post) {
        return post.title() + "\n\n" + post.body();
    }

    static Post withState(Post post, String state, @Nullable String reason) {
        return new Post(post.id(), post.author(), post.unit(), post.visibility(), state, post.language(), post.title(),
                post.body(), reason, post.createdAt(), post.publishedAt(), post.editedAt(), post.version());
    }

    private static @Nullable Visibility visibility(PostForm form) {
        try {
            return Visibility.valueOf(form.getVisibility());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable UnitId unit(PostForm form) {
        return org.iops.shared.MalformedIdException.wellFormed(form.getUnit())
                ? new UnitId(UUID.fromString(form.getUnit())) : null;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
