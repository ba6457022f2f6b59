package org.iops.moderation.internal;

import java.util.List;
import org.iops.units.Action;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.iops.units.UnitLevel;
import org.springframework.stereotype.Component;

/**
 * Moderating a unit is {@code content.moderate} (declared by the content module). Excluding a member from posting
 * everywhere is for the international's own admins and moderators.
 */
@Component
public class ModerationActionCatalog implements ActionCatalog {

    public static final Action EXCLUDE = new Action("moderation.exclude");

    @Override
    public List<Grant> grants() {
        return List.of(new Grant(EXCLUDE, Role.ADMIN, UnitLevel.INTERNATIONAL),
                new Grant(EXCLUDE, Role.MODERATOR, UnitLevel.INTERNATIONAL));
    }
}
