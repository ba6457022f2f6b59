package org.iops.members.account;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.iops.members.privacy.PrivacySettings;
import org.iops.units.Residence;
import org.jspecify.annotations.Nullable;

/** A living member's account and profile as stored; a suspended member may not sign in and is not listed. */
public record Member(UUID id, String email, @Nullable Instant emailVerifiedAt, String passwordHash,
        String displayName, @Nullable String realName, @Nullable String bio, Residence residence, String language,
        PrivacySettings privacy, Instant joinedAt, boolean suspended) {

    public boolean verified() {
        return emailVerifiedAt != null;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
