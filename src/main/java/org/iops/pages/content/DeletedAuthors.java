package org.iops.pages.content;

import org.iops.members.MemberDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A deleted account's name leaves the page revisions it wrote; they then read "former member". */
@Component
class DeletedAuthors {

    private final ContentPageRepository pages;

    DeletedAuthors(ContentPageRepository pages) {
        this.pages = pages;
    }

    @ApplicationModuleListener
    void on(MemberDeleted deleted) {
        pages.forgetAuthor(deleted.memberId());
    }
}
