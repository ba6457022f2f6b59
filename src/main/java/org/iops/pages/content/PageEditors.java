package org.iops.pages.content;

import org.iops.shared.ForbiddenException;
import org.iops.units.Permissions;
import org.iops.units.UnitId;
import org.iops.web.CurrentMember;
import org.iops.web.PageContextFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may edit pages: those granted {@link PageActions#EDIT} in the international (its admins), checked on the server for every admin request. Without the
 * units module's permissions (an installation still being assembled) nobody may.
 */
@Component
class PageEditors {

    private final ObjectProvider<Permissions> permissions;

    PageEditors(ObjectProvider<Permissions> permissions) {
        this.permissions = permissions;
    }

    /** The signed-in international admin, or a 403 for anybody else. */
    CurrentMember require() {
        CurrentMember member = PageContextFactory.currentMember();
        if (member == null || !isEditor(member)) {
            throw new ForbiddenException("only international admins edit pages");
        }
        return member;
    }

    /** Whether the reader may edit pages, to offer them the link. */
    boolean signedInMemberMayEdit() {
        CurrentMember member = PageContextFactory.currentMember();
        return member != null && isEditor(member);
    }

    private boolean isEditor(CurrentMember member) {
        Permissions granted = permissions.getIfAvailable();
        return granted != null && granted.may(member.memberId(), PageActions.EDIT, UnitId.INTERNATIONAL);
    }
}
