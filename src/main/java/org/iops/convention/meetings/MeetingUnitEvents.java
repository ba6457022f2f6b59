package org.iops.convention.meetings;

import org.iops.units.ChapterDeleted;
import org.iops.units.ChapterMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Meetings follow their chapter: into the survivor of a merge, away with a deleted chapter. Idempotent. */
@Component
class MeetingUnitEvents {

    private final MeetingRecords meetings;

    MeetingUnitEvents(MeetingRecords meetings) {
        this.meetings = meetings;
    }

    @ApplicationModuleListener
    void on(ChapterMerged merged) {
        meetings.move(merged.unit().value(), merged.survivor().value());
    }

    @ApplicationModuleListener
    void on(ChapterDeleted deleted) {
        meetings.deleteOf(deleted.unit().value());
    }
}
