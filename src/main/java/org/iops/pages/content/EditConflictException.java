package org.iops.pages.content;

/**
 * Someone saved the page after the editor opened it: saving now would silently overwrite their change, so the
 * save is refused and the editor is shown both texts.
 */
class EditConflictException extends RuntimeException {

    private final int currentVersion;

    EditConflictException(int currentVersion) {
        super("the page has changed since revision was opened; current revision " + currentVersion);
        this.currentVersion = currentVersion;
    }

    int currentVersion() {
        return currentVersion;
    }
}
