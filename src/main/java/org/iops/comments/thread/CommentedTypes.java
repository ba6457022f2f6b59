package org.iops.comments.thread;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.iops.comments.Commentable;
import org.springframework.stereotype.Component;

/**
 * The content types that take comments: those every {@link Commentable} bean names, and blog posts, which the issue
 * asks comments for, named here so the blogs module need not depend on this one.
 */
@Component
public class CommentedTypes {

    static final String BLOG_POSTS = "blogs.post";

    private final Set<String> types;

    CommentedTypes(List<Commentable> modules) {
        Set<String> all = new TreeSet<>(Set.of(BLOG_POSTS));
        modules.forEach(module -> all.addAll(module.commentableTypes()));
        // comments on comments would be replies; the thread already has two levels
        all.remove(Comment.TYPE);
        this.types = Set.copyOf(all);
    }

    public boolean takeComments(String type) {
        return types.contains(type);
    }

    public Set<String> all() {
        return types;
    }
}
