package org.iops.content.internal;

import java.util.List;
import org.iops.content.ContentActions;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.springframework.stereotype.Component;

/** Admins and moderators moderate the content of their unit and of every unit below it. */
@Component
class ContentActionCatalog implements ActionCatalog {

    @Override
    public List<Grant> grants() {
        return List.of(Grant.of(ContentActions.MODERATE, Role.ADMIN), Grant.of(ContentActions.MODERATE, Role.MODERATOR));
    }
}
