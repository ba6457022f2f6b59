package org.iops.demo;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of the demo organization as the members' contribution made them: the {@code index}th (the 0th is the
 * demo admin), living in {@code chapter}, with their address confirmed or not (only confirmed members are placed,
 * as in the real join).
 */
public record DemoMember(UUID id, int index, DemoUnit chapter, boolean confirmed, Instant joinedAt) {
}
