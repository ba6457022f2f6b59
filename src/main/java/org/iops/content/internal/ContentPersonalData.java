package org.iops.content.internal;

import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this module keeps of a member: which items mentioned them (bookkeeping, not exported; erased with the account),
 * and their translations (exported by the module of what they translated; on erasure credited to "former member").
 */
@Component
class ContentPersonalData implements PersonalData {

    private final JdbcClient db;
    private final TranslationStore translations;

    ContentPersonalData(JdbcClient db, TranslationStore translations) {
        this.db = db;
        this.translations = translations;
    }

    @Override
    public Map<String, Object> export(UUID memberId) {
        return Map.of();
    }

    @Override
    public void erase(UUID memberId) {
        db.sql("DELETE FROM content_mention WHERE member_id = ?").param(memberId).update();
        translations.forget(memberId); // each module exports its own; the translations stay, by "former member"
    }
}
