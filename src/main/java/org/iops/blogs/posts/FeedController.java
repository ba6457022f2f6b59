package org.iops.blogs.posts;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.iops.blogs.posts.PostRepository.Scope;
import org.iops.content.Visibility;
import org.iops.members.MemberNames;
import org.iops.shared.MemberId;
import org.iops.shared.NotFoundException;
import org.iops.text.MemberText;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds of a unit's blog and of a member's blog: the newest public, published posts only, whoever asks (a feed
 * reader has no session), so a feed is the same for everyone. Written with Rome.
 */
@Controller
class FeedController {

    static final int ENTRIES = 30;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PostRepository posts;
    private final BlogController blogs;
    private final MemberNames names;
    private final MemberText text;
    private final MessageSource messages;
    private final String baseUrl;
    private final PostReader reader;

    FeedController(PostRepository posts, BlogController blogs, MemberNames names, MemberText text,
            MessageSource messages, @Value("${iops.base-url}") String baseUrl, PostReader reader) {
        this.reader = reader;
        this.posts = posts;
        this.blogs = blogs;
        this.names = names;
        this.text = text;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/units/{id}/blog.atom")
    ResponseEntity<String> unitFeed(@PathVariable UnitId id, Locale locale) throws FeedException {
        // a feed is fetched without a session: a hidden chapter has none
        UnitRef unit = blogs.visibleUnit(id, null);
        List<Post> found = posts.published(Scope.UNIT, id.value(), List.of(Visibility.PUBLIC), List.of(), null, null,
                ENTRIES);
        return feed(unit.path() + "/blog", messages.getMessage("blogs.unit.title",
                new Object[] {unit.displayName(locale)}, locale), found);
    }

    @GetMapping("/members/{id}/blog.atom")
    ResponseEntity<String> memberFeed(@PathVariable MemberId id, Locale locale) throws FeedException {
        String name = names.displayNames(List.of(id.value())).getOrDefault(id.value(), "");
        // public posts as a visitor may read them: none from a hidden chapter
        List<Post> found = name.isEmpty() ? List.of() : posts.published(Scope.AUTHOR, id.value(),
                List.of(Visibility.PUBLIC), List.of(), null, null, ENTRIES).stream()
                .filter(post -> reader.maySee(null, post)).toList();
        if (found.isEmpty()) {
            // as the blog's page: a member with nothing public has no feed to reveal their name
            throw new NotFoundException("feed");
        }
        return feed("/members/" + id + "/blog", messages.getMessage("blogs.member.title", new Object[] {name}, locale),
                found);
    }

    private ResponseEntity<String> feed(String path, String title, List<Post> entries) throws FeedException {
        Map<UUID, String> authors = names.displayNames(entries.stream().map(Post::author)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Feed feed = new Feed("atom_1.0");
        feed.setId(baseUrl + path);
        feed.setTitle(title);
        feed.setAlternateLinks(List.of(link(baseUrl + path, "alternate", "text/html")));
        feed.setOtherLinks(List.of(link(baseUrl + path + ".atom", "self", "application/atom+xml")));
        feed.setUpdated(entries.isEmpty() ? new Date(0) : Date.from(updated(entries.get(0))));
        feed.setEntries(entries.stream().map(post -> entry(post, authors)).toList());
        String xml = new WireFeedOutput().outputString(feed);
        return ResponseEntity.ok().contentType(ATOM).body(xml);
    }

    private Entry entry(Post post, Map<UUID, String> authors) {
        Entry entry = new Entry();
        entry.setId("urn:uuid:" + post.id());
        entry.setTitle(post.title());
        entry.setAlternateLinks(List.of(link(baseUrl + post.postId().path(), "alternate", "text/html")));
        entry.setPublished(Date.from(post.publishedAt()));
        entry.setUpdated(Date.from(updated(post)));
        Person author = new Person();
        String name = post.author() == null ? "" : authors.getOrDefault(post.author(), "");
        author.setName(name.isEmpty() ? "IOPS" : name);
        entry.setAuthors(List.of(author));
        Content content = new Content();
        content.setType("html");
        content.setValue(text.render(post.body()).html());
        entry.setContents(List.of(content));
        return entry;
    }

    private static java.time.Instant updated(Post post) {
        return post.editedAt() != null ? post.editedAt() : post.publishedAt();
    }

    private static Link link(String href, String rel, String type) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
