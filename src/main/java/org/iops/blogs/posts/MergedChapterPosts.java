package org.iops.blogs.posts;

import org.iops.units.ChapterMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A merged chapter's posts follow its members to the surviving chapter (idempotent: a redelivery finds none left). */
@Component
class MergedChapterPosts {

    private final PostRepository posts;

    MergedChapterPosts(PostRepository posts) {
        this.posts = posts;
    }

    @ApplicationModuleListener
    void on(ChapterMerged merged) {
        posts.moveUnit(merged.unit().value(), merged.survivor().value());
    }
}
