package org.iops.pages.content;

import org.iops.shared.NotFoundException;
import org.iops.web.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saving and restoring page texts: each writes one new revision and the current text, in one transaction. */
@Service
class PageEditing {

    private final ContentPageRepository repository;

    PageEditing(ContentPageRepository repository) {
        this.repository = repository;
    }

    /**
     * Saves the form as a new revision.
     *
     * @return the new revision's number, or the current one if nothing changed
     * @throws EditConflictException if someone saved since the editor opened the page
     */
    @Transactional
    int save(String slug, String language, PageForm form, CurrentMember editor) {
        requirePage(slug);
        String title = form.getTitle();
        String body = form.getBody();
        var current = repository.text(slug, language);
        if (current.isPresent() && current.get().version() == form.getVersion()
                && current.get().title().equals(title) && current.get().body().equals(body)) {
            return form.getVersion();
        }
        return repository.save(slug, language, title, body, form.getNote().isEmpty() ? null : form.getNote(), form.getVersion(),
                editor.memberId(), editor.displayName(), null);
    }

    /**
     * Makes an old revision the current text again, as a new revision; the old one stays as it was.
     *
     * @throws EditConflictException if the current text is no longer at {@code expectedVersion}
     */
    @Transactional
    int restore(String slug, String language, int version, int expectedVersion, CurrentMember editor) {
        Revision old = repository.revision(slug, language, version)
                .orElseThrow(() -> new NotFoundException("revision " + version + " of " + slug + "/" + language));
        return repository.save(slug, language, old.title(), old.body(), null, expectedVersion,
                editor.memberId(), editor.displayName(), version);
    }

    /**
     * Adds a page at the end of the menu with its English text as revision 1.
     *
     * @return false if the address is or was already used by a page
     */
    @Transactional
    boolean create(NewPageForm form, CurrentMember editor) {
        if (repository.slugTaken(form.getSlug())) {
            return false;
        }
        repository.create(form.getSlug(), editor.memberId());
        repository.save(form.getSlug(), ContentPages.FALLBACK_LANGUAGE, form.getTitle(), form.getBody(),
                "Page created", 0, editor.memberId(), editor.displayName(), null);
        return true;
    }

    private void requirePage(String slug) {
        if (!repository.exists(slug)) {
            throw new NotFoundException("page " + slug);
        }
    }
}
