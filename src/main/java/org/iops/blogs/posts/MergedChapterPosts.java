package org.iops.blogs.posts;

import org.iops.units.ChapterMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A merged chapter's posts, and what it featured, follow its members to the surviving chapter (idempotent: a
 * redelivery finds nothing left to move).
 */
@Component
class MergedChapterPosts {

    private final PostRepository posts;
    private final Featuring featuring;

    MergedChapterPosts(PostRepository posts, Featuring featuring) {
        this.posts = posts;
        this.featuring = featuring;
    }

    @ApplicationModuleListener
    void on(ChapterMerged merged) {
        posts.moveUnit(merged.unit().value(), merged.survivor().value());
        featuring.moveUnit(merged.unit().value(), merged.survivor().value());
    }
}
