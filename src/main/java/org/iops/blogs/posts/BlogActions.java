package org.iops.blogs.posts;

import java.util.List;
import org.iops.units.Action;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.springframework.stereotype.Component;

/** Featuring posts on a unit's page (and promoting them from the units below) is for the unit's admins and those above. */
@Component
class BlogActions implements ActionCatalog {

    static final Action FEATURE = new Action("blogs.feature");

    @Override
    public List<Grant> grants() {
        return List.of(Grant.of(FEATURE, Role.ADMIN));
    }
}
