package org.iops.blogs.posts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.iops.blogs.PostId;
import org.iops.blogs.posts.BlogViews.PostList;
import org.iops.blogs.posts.BlogViews.PostSummary;
import org.iops.blogs.posts.PostRepository.Scope;
import org.iops.content.ContentLanguages;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.content.Visibility;
import org.iops.members.MemberNames;
import org.iops.shared.NotFoundException;
import org.iops.units.Memberships;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reading posts as one reader may: a post by its id (a 404 for whoever may not see it, never a 403), and the lists
 * of a unit's and a member's blog, filtered in SQL by visibility and checked again by {@link Contents#maySee}.
 */
@Component
class PostReader {

    static final int PAGE = 20;
    private static final int EXCERPT = 220;
    // list markers, then emphasis, quotes, links' brackets and runs of spaces: an excerpt is plain words
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*(?:[-+*]|\\d{1,3}[.)])\\s+");
    private static final Pattern MARKUP = Pattern.compile("[#*_`>|~\\[\\]()!]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final PostRepository posts;
    private final Contents contents;
    private final Memberships memberships;
    private final MemberNames names;
    private final UnitDirectory units;
    private final MessageSource messages;

    PostReader(PostRepository posts, Contents contents, Memberships memberships, MemberNames names,
            UnitDirectory units, MessageSource messages) {
        this.posts = posts;
        this.contents = contents;
        this.memberships = memberships;
        this.names = names;
        this.units = units;
        this.messages = messages;
    }

    /** The post, if the reader may see it or see that a moderator hid it; drafts are their author's alone. */
    Post readable(@Nullable UUID reader, PostId id) {
        Post post = posts.find(id.value()).orElseThrow(() -> new NotFoundException("post"));
        if (post.isDraft()) {
            if (!post.isAuthor(reader)) {
                throw new NotFoundException("post");
            }
            return post;
        }
        if (contents.maySee(reader, post.item()) || hiddenFrom(reader, post)) {
            return post;
        }
        throw new NotFoundException("post");
    }

    /** Whether the reader sees the moderator's reason in place of the post: hidden, but theirs to read otherwise. */
    boolean hiddenFrom(@Nullable UUID reader, Post post) {
        return !post.isDraft() && post.contentState() == ContentState.HIDDEN && !contents.maySee(reader, post.item())
                && contents.maySee(reader, post.item(ContentState.PUBLISHED));
    }

    boolean maySee(@Nullable UUID reader, Post post) {
        return !post.isDraft() && contents.maySee(reader, post.item());
    }

    /** A page of the unit's blog for this reader, in one language or all. */
    PostList ofUnit(@Nullable UUID reader, UnitId unit, @Nullable String language, @Nullable Cursor after, int limit,
            String path, Locale locale) {
        boolean own = reader != null && (memberships.belongsTo(reader, unit) || contents.mayModerate(reader, unit));
        List<Post> found = posts.published(Scope.UNIT, unit.value(), visibilities(reader, own), List.of(unit.value()),
                language, after, limit + 1);
        return page(reader, found, limit, path, language, locale);
    }

    /** A page of the member's blog for this reader: members-only posts in the reader's own units only. */
    PostList ofAuthor(@Nullable UUID reader, UUID author, @Nullable String language, @Nullable Cursor after, int limit,
            String path, Locale locale) {
        boolean self = author.equals(reader);
        List<UUID> readerUnits = new ArrayList<>();
        if (reader != null && !self) {
            memberships.unitsOf(reader).forEach(u -> readerUnits.add(u.id().value()));
            if (!readerUnits.isEmpty()) {
                readerUnits.add(UnitId.INTERNATIONAL.value());
            }
        }
        List<Post> found = posts.published(Scope.AUTHOR, author, visibilities(reader, reader != null),
                self ? null : readerUnits, language, after, limit + 1);
        return page(reader, found, limit, path, language, locale);
    }

    List<PostSummary> summaries(List<Post> list, Locale locale) {
        Map<UUID, String> authors = names.displayNames(list.stream().map(Post::author)
                .filter(java.util.Objects::nonNull).distinct().toList());
        String former = messages.getMessage("members.former", null, "former member", locale);
        return list.stream().map(post -> {
            String name = post.author() == null ? "" : authors.getOrDefault(post.author(), "");
            UnitRef unit = units.find(new UnitId(post.unit())).orElse(null);
            return new PostSummary(post.title(), post.postId().path(), name.isEmpty() ? former : name,
                    name.isEmpty() ? null : "/members/" + post.author() + "/blog", post.publishedAt(), post.language(),
                    ContentLanguages.name(post.language(), locale), excerpt(post.body()),
                    unit == null ? "" : unit.displayName(locale), unit == null ? "" : unit.path(),
                    post.isDraft() ? "blogs.state.draft" : post.contentState() == ContentState.PENDING
                            ? "blogs.state.pending" : null);
        }).toList();
    }

    static String excerpt(String markdown) {
        String words = MARKUP.matcher(LIST_MARKER.matcher(markdown).replaceAll(" ")).replaceAll(" ");
        String plain = SPACES.matcher(words).replaceAll(" ").strip();
        return plain.length() <= EXCERPT ? plain : plain.substring(0, EXCERPT).strip() + "…";
    }

    private PostList page(@Nullable UUID reader, List<Post> found, int limit, String path, @Nullable String language,
            Locale locale) {
        boolean more = found.size() > limit;
        List<Post> shown = found.subList(0, Math.min(limit, found.size())).stream()
                .filter(post -> contents.maySee(reader, post.item())).toList();
        String next = more ? UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("language", java.util.Optional.ofNullable(language))
                .queryParam("after", Cursor.after(found.get(limit - 1))).build().encode().toUriString() : null;
        return new PostList(summaries(shown, locale), next);
    }

    private static Set<Visibility> visibilities(@Nullable UUID reader, boolean unitToo) {
        Set<Visibility> allowed = EnumSet.of(Visibility.PUBLIC);
        if (reader != null) {
            allowed.add(Visibility.MEMBERS);
            if (unitToo) {
                allowed.add(Visibility.UNIT);
            }
        }
        return allowed;
    }
}
