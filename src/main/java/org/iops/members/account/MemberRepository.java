package org.iops.members.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.iops.members.privacy.Audience;
import org.iops.members.privacy.PrivacySettings;
import org.iops.units.Residence;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members' rows, in plain SQL. Deleted accounts are tombstones that none of the finders return. */
@Repository
public class MemberRepository {

    private static final String COLUMNS = "id, email, email_verified_at, password_hash, display_name, real_name, bio, "
            + "country_code, locality, neighbourhood, language, hidden, locality_audience, neighbourhood_audience, "
            + "real_name_audience, bio_audience, email_audience, joined_at, suspended_at";

    private final JdbcClient db;
    private final KeptMembers names; // display names and directory entries

    MemberRepository(JdbcClient db, KeptMembers names) {
        this.db = db;
        this.names = names;
    }

    /** The address as it is compared and stored: trimmed and lower-cased. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void insert(UUID id, String email, String passwordHash, String displayName, @Nullable String realName,
            @Nullable String bio, Residence residence, String language, Instant now) {
        PrivacySettings p = PrivacySettings.DEFAULTS;
        db.sql("INSERT INTO member (id, email, password_hash, display_name, real_name, bio, country_code, locality, "
                        + "neighbourhood, language, hidden, locality_audience, neighbourhood_audience, "
                        + "real_name_audience, bio_audience, email_audience, joined_at, updated_at) "
                        + "VALUES (:id, :email, :hash, :name, :realName, :bio, :country, :locality, :neighbourhood, "
                        + ":language, :hidden, :la, :na, :ra, :ba, :ea, :now, :now)")
                .param("id", id).param("email", normalizeEmail(email)).param("hash", passwordHash)
                .param("name", displayName).param("realName", realName).param("bio", bio)
                .param("country", residence.countryCode()).param("locality", residence.locality())
                .param("neighbourhood", residence.neighbourhood()).param("language", language)
                .param("hidden", p.hidden()).param("la", p.locality().name()).param("na", p.neighbourhood().name())
                .param("ra", p.realName().name()).param("ba", p.bio().name()).param("ea", p.email().name())
                .param("now", utc(now))
                .update();
    }

    void recordPrivacyConsent(String email, Instant at) {
        db.sql("UPDATE member SET privacy_consent_at = ? WHERE email = ? AND email_verified_at IS NULL "
                        + "AND privacy_consent_at IS NULL AND deleted_at IS NULL")
                .param(utc(at)).param(normalizeEmail(email)).update();
    }

    public Optional<Member> findById(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM member WHERE id = ? AND deleted_at IS NULL").param(id)
                .query(MemberRepository::map).optional();
    }

    public Optional<Member> findByEmail(String email) {
        return db.sql("SELECT " + COLUMNS + " FROM member WHERE lower(email) = ? AND deleted_at IS NULL")
                .param(normalizeEmail(email)).query(MemberRepository::map).optional();
    }

    public boolean emailTaken(String email) {
        return db.sql("SELECT count(*) FROM member WHERE lower(email) = ?").param(normalizeEmail(email))
                .query(Long.class).single() > 0;
    }

    public void markVerified(UUID id, Instant now) {
        db.sql("UPDATE member SET email_verified_at = coalesce(email_verified_at, :now), updated_at = :now "
                + "WHERE id = :id").param("id", id).param("now", utc(now)).update();
        names.changed(id);
    }

    public void updatePassword(UUID id, String passwordHash, Instant now) {
        db.sql("UPDATE member SET password_hash = :hash, updated_at = :now WHERE id = :id")
                .param("id", id).param("hash", passwordHash).param("now", utc(now)).update();
    }

    public void updateEmail(UUID id, String email, Instant now) {
        db.sql("UPDATE member SET email = :email, email_verified_at = :now, updated_at = :now WHERE id = :id")
                .param("id", id).param("email", normalizeEmail(email)).param("now", utc(now)).update();
        names.changed(id);
    }

    public void updateProfile(UUID id, String displayName, @Nullable String realName, @Nullable String bio,
            Instant now) {
        db.sql("UPDATE member SET display_name = :name, real_name = :realName, bio = :bio, updated_at = :now "
                        + "WHERE id = :id")
                .param("id", id).param("name", displayName).param("realName", realName).param("bio", bio)
                .param("now", utc(now)).update();
        names.changed(id);
    }

    public void updateResidence(UUID id, Residence residence, Instant now) {
        db.sql("UPDATE member SET country_code = :country, locality = :locality, neighbourhood = :neighbourhood, "
                        + "updated_at = :now WHERE id = :id")
                .param("id", id).param("country", residence.countryCode()).param("locality", residence.locality())
                .param("neighbourhood", residence.neighbourhood()).param("now", utc(now)).update();
        names.changed(id);
    }

    public void updatePrivacy(UUID id, PrivacySettings p, Instant now) {
        db.sql("UPDATE member SET hidden = :hidden, locality_audience = :la, neighbourhood_audience = :na, "
                        + "real_name_audience = :ra, bio_audience = :ba, email_audience = :ea, updated_at = :now "
                        + "WHERE id = :id")
                .param("id", id).param("hidden", p.hidden()).param("la", p.locality().name())
                .param("na", p.neighbourhood().name()).param("ra", p.realName().name())
                .param("ba", p.bio().name()).param("ea", p.email().name()).param("now", utc(now)).update();
        names.changed(id);
    }

    /** Suspends the member (now) or, with a null time, reinstates them. */
    public void setSuspended(UUID id, @Nullable Instant since) {
        db.sql("UPDATE member SET suspended_at = ? WHERE id = ? AND deleted_at IS NULL")
                .params(since == null ? null : utc(since), id).update();
        names.changed(id);
    }

    public void updateLanguage(UUID id, String language) {
        db.sql("UPDATE member SET language = ? WHERE id = ? AND language <> ?").params(language, id, language)
                .update();
    }

    /** Removes every piece of personal data and keeps a row that says a former member was here. */
    public void tombstone(UUID id, Instant now) {
        db.sql("UPDATE member SET email = NULL, email_verified_at = NULL, password_hash = NULL, display_name = NULL, "
                        + "real_name = NULL, bio = NULL, country_code = NULL, locality = NULL, neighbourhood = NULL, "
                        + "hidden = TRUE, language = 'en', deleted_at = :now, updated_at = :now WHERE id = :id")
                .param("id", id).param("now", utc(now)).update();
        names.changed(id);
    }

    public long countVerified() {
        return db.sql("SELECT count(*) FROM member WHERE email_verified_at IS NOT NULL AND deleted_at IS NULL")
                .query(Long.class).single();
    }

    /** What a directory needs of a listed member: living, verified and not hidden, sorted by name. */
    public record Listed(UUID id, String displayName, @Nullable String locality, Audience localityAudience) {
    }

    /** The listable members of {@code ids}, in directory order; entries are kept ({@link KeptMembers}). */
    public java.util.List<Listed> listable(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        return names.listable(ids, missing -> db.sql("SELECT id, display_name, locality, locality_audience FROM member "
                        + "WHERE id = ANY(?) AND deleted_at IS NULL AND NOT hidden AND email_verified_at IS NOT NULL "
                        + "AND suspended_at IS NULL")
                .param(missing.toArray(UUID[]::new))
                .query((rs, n) -> new Listed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Audience.valueOf(rs.getString(4))))
                .list());
    }

    /**
     * Of the candidates, living confirmed members whose display name contains the query (ignoring case) or whose
     * address is the query, by name: for an admin's search among the members they administer.
     */
    public java.util.List<org.iops.units.MemberCard> search(java.util.Collection<UUID> candidates, String query,
            int limit) {
        // a NUL would make PostgreSQL refuse the statement (a 500); no name holds a control character anyway
        String wanted = java.util.Objects.requireNonNullElse(org.iops.shared.Text.clean(query), "");
        if (candidates.isEmpty() || wanted.isEmpty()) {
            return java.util.List.of();
        }
        String pattern = "%" + wanted.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return db.sql("SELECT id, display_name, locality FROM member WHERE id = ANY(:ids) AND deleted_at IS NULL "
                        + "AND email_verified_at IS NOT NULL "
                        + "AND (lower(display_name) LIKE :pattern OR lower(email) = :email) "
                        + "ORDER BY lower(display_name), id LIMIT :limit")
                .param("ids", candidates.toArray(UUID[]::new)).param("pattern", pattern)
                .param("email", normalizeEmail(wanted)).param("limit", limit)
                .query((rs, n) -> new org.iops.units.MemberCard(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3)))
                .list();
    }

    /**
     * Display names by id, the empty string for a deleted account. Names are kept in memory ({@link KeptMembers})
     * until their member changes them or goes.
     */
    public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
        return this.names.displayNames(ids, missing -> {
            java.util.Map<UUID, String> found = new java.util.HashMap<>();
            db.sql("SELECT id, coalesce(display_name, '') FROM member WHERE id = ANY(?)")
                    .param(missing.toArray(UUID[]::new))
                    .query((rs, n) -> found.put(rs.getObject(1, UUID.class), rs.getString(2)))
                    .list();
            return found;
        });
    }

    /** Living, confirmed members by display name (as asked, matched ignoring case). */
    public java.util.Map<String, java.util.List<UUID>> byDisplayName(java.util.Collection<String> names) {
        java.util.Map<String, String> asked = new java.util.HashMap<>();
        names.forEach(name -> asked.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name));
        java.util.Map<String, java.util.List<UUID>> found = new java.util.LinkedHashMap<>();
        if (asked.isEmpty()) {
            return found;
        }
        db.sql("SELECT id, lower(display_name) FROM member WHERE lower(display_name) = ANY(?)"
                        + " AND deleted_at IS NULL AND email_verified_at IS NOT NULL ORDER BY joined_at")
                .param(asked.keySet().toArray(String[]::new))
                .query((rs, n) -> found.computeIfAbsent(asked.get(rs.getString(2)), k -> new java.util.ArrayList<>())
                        .add(rs.getObject(1, UUID.class)))
                .list();
        return found;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime verified = rs.getObject("email_verified_at", OffsetDateTime.class);
        return new Member(rs.getObject("id", UUID.class), rs.getString("email"),
                verified == null ? null : verified.toInstant(), rs.getString("password_hash"),
                rs.getString("display_name"), rs.getString("real_name"), rs.getString("bio"),
                new Residence(rs.getString("country_code"), rs.getString("locality"), rs.getString("neighbourhood")),
                rs.getString("language"),
                new PrivacySettings(Audience.valueOf(rs.getString("locality_audience")),
                        Audience.valueOf(rs.getString("neighbourhood_audience")),
                        Audience.valueOf(rs.getString("real_name_audience")),
                        Audience.valueOf(rs.getString("bio_audience")),
                        Audience.valueOf(rs.getString("email_audience")), rs.getBoolean("hidden")),
                rs.getObject("joined_at", OffsetDateTime.class).toInstant(),
                rs.getObject("suspended_at", OffsetDateTime.class) != null);
    }
}
