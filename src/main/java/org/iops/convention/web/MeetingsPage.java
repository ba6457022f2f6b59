package org.iops.convention.web;

import java.util.List;
import org.iops.convention.meetings.Meeting;
import org.iops.units.UnitRef;
import org.iops.web.FormErrors;

/** A chapter's meeting records, for its admins: the latest ones and the form for another. */
public record MeetingsPage(UnitRef chapter, List<Meeting> meetings, MeetingForm form, FormErrors errors,
        String today, String yearAgo) {
}
