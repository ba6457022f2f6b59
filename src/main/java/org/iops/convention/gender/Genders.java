package org.iops.convention.gender;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' self-declared gender. Only the member reads their own ({@link #of}); everything else sees counts of at
 * least five people, through the dashboard's aggregates. The member's export has it; erasure deletes it.
 */
@Service
@Order(810)
public class Genders implements PersonalData {

    private final JdbcClient jdbc;
    private final Clock clock;

    Genders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The member's own declaration, for their own page and export only. */
    public Optional<Gender> of(UUID member) {
        return jdbc.sql("SELECT gender FROM member_gender WHERE member_id = ?").param(member)
                .query((rs, n) -> Gender.valueOf(rs.getString(1))).optional();
    }

    /** Declares it, or withdraws it ({@code null}). */
    @Transactional
    public void declare(UUID member, @Nullable Gender gender) {
        if (gender == null) {
            jdbc.sql("DELETE FROM member_gender WHERE member_id = ?").param(member).update();
            return;
        }
        jdbc.sql("""
                INSERT INTO member_gender (member_id, gender, declared_at) VALUES (?, ?, ?)
                ON CONFLICT (member_id) DO UPDATE SET gender = excluded.gender, declared_at = excluded.declared_at""")
                .params(member, gender.name(), Timestamp.from(clock.instant())).update();
    }

    @Override
    public Map<String, Object> export(UUID memberId) {
        return of(memberId).<Map<String, Object>>map(gender -> Map.of("selfDeclaredGender", gender.name()))
                .orElse(Map.of());
    }

    @Override
    public void erase(UUID memberId) {
        jdbc.sql("DELETE FROM member_gender WHERE member_id = ?").param(memberId).update();
    }
}
