package org.iops.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An id in an address is a UUID as links write it, in either case, and nothing else. */
class MemberIdTests {

    @Test
    void readsAUuidInEitherCase() {
        UUID id = UUID.randomUUID();
        assertThat(MemberId.parse(id.toString()).value()).isEqualTo(id);
        assertThat(MemberId.parse(id.toString().toUpperCase()).value()).isEqualTo(id);
    }

    @Test
    void refusesWhatUuidFromStringWouldStretchToAnId() {
        for (String text : new String[] {"1-1-1-1-1", "0-0-0-0-000000000001", " " + UUID.randomUUID(),
                UUID.randomUUID() + "0", "{" + UUID.randomUUID() + "}", "", "zzz", "a".repeat(1000)}) {
            assertThatThrownBy(() -> MemberId.parse(text)).as(text).isInstanceOf(MalformedIdException.class)
                    .isInstanceOf(NotFoundException.class);
        }
    }
}
