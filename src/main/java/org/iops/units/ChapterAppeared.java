package org.iops.units;

/**
 * A placement made a new provisional chapter, or a new branch with it ({@code newBranch}): the admins above are
 * told, so the first member of a new place is not left alone.
 */
public record ChapterAppeared(UnitId chapter, UnitId branch, boolean newBranch) {
}
