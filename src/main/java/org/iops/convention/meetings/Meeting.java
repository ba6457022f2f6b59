package org.iops.convention.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** A chapter's recorded meeting: the day it met and the recorder's optional note. */
public record Meeting(UUID id, UUID chapter, LocalDate metOn, String note) {
}
