-- The organization tree, members' places in it, roles held for a term, and the audit log of changes.

CREATE TABLE units (
    id            UUID PRIMARY KEY,
    parent_id     UUID REFERENCES units (id),
    level         TEXT NOT NULL CHECK (level IN ('INTERNATIONAL', 'BRANCH', 'REGION', 'CHAPTER')),
    chapter_kind  TEXT CHECK (chapter_kind IN ('LOCALITY', 'DISTRICT', 'CAMPUS', 'ONLINE')),
    status        TEXT NOT NULL CHECK (status IN ('PROVISIONAL', 'ACTIVE', 'DORMANT', 'ARCHIVED', 'MERGED')),
    name          TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    -- the branch this unit is in (itself for a branch, null for the international)
    branch_id     UUID REFERENCES units (id),
    country_code  CHAR(2),
    -- Text.matchKey of a locality chapter's name, so "São Paulo" and "sao paulo" meet
    match_key     TEXT,
    -- ids from the international down to this unit: permission checks and subtree queries in one indexed query
    path          UUID[] NOT NULL,
    founded_on    DATE,
    merged_into   UUID REFERENCES units (id),
    -- residents (for a branch or region: members placed in a chapter below it; for a chapter: every member)
    member_count  INTEGER NOT NULL DEFAULT 0,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CHECK ((level = 'CHAPTER') = (chapter_kind IS NOT NULL)),
    CHECK ((level = 'INTERNATIONAL') = (parent_id IS NULL)),
    CHECK (level = 'INTERNATIONAL' OR branch_id IS NOT NULL),
    CHECK ((status = 'MERGED') = (merged_into IS NOT NULL))
);
-- one international, one branch per country, one live chapter per locality in a branch: placement relies on them
CREATE UNIQUE INDEX units_one_international ON units ((level)) WHERE level = 'INTERNATIONAL';
CREATE UNIQUE INDEX units_one_branch_per_country ON units (country_code) WHERE level = 'BRANCH';
CREATE UNIQUE INDEX units_one_chapter_per_locality ON units (branch_id, match_key)
    WHERE level = 'CHAPTER' AND chapter_kind = 'LOCALITY' AND status <> 'MERGED';
CREATE INDEX units_by_parent ON units (parent_id);
CREATE INDEX units_by_branch ON units (branch_id, level);
CREATE INDEX units_by_path ON units USING gin (path);

-- Other names of a locality chapter within a branch ("NYC" for New York)
CREATE TABLE unit_aliases (
    id          UUID PRIMARY KEY,
    branch_id   UUID NOT NULL REFERENCES units (id),
    chapter_id  UUID NOT NULL REFERENCES units (id),
    alias       TEXT NOT NULL CHECK (char_length(alias) BETWEEN 1 AND 120),
    match_key   TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    UNIQUE (branch_id, match_key)
);
CREATE INDEX unit_aliases_by_chapter ON unit_aliases (chapter_id);

-- A member's current residence placement: one row per member, locked while the member is placed or moved
CREATE TABLE member_placements (
    member_id   UUID PRIMARY KEY,
    branch_id   UUID REFERENCES units (id),
    chapter_id  UUID REFERENCES units (id),
    placed_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX member_placements_by_chapter ON member_placements (chapter_id);

-- Belonging to a unit, by residence or by choice, from one time to another: the current rows and the history
CREATE TABLE unit_memberships (
    id          UUID PRIMARY KEY,
    member_id   UUID NOT NULL,
    unit_id     UUID NOT NULL REFERENCES units (id),
    kind        TEXT NOT NULL CHECK (kind IN ('RESIDENCE', 'CHOICE')),
    since       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    until       TIMESTAMP WITH TIME ZONE,
    CHECK (until IS NULL OR until >= since)
);
CREATE UNIQUE INDEX unit_memberships_current ON unit_memberships (member_id, unit_id) WHERE until IS NULL;
CREATE INDEX unit_memberships_current_by_unit ON unit_memberships (unit_id, member_id) WHERE until IS NULL;
CREATE INDEX unit_memberships_by_member ON unit_memberships (member_id, since);

CREATE TABLE unit_roles (
    id          UUID PRIMARY KEY,
    unit_id     UUID NOT NULL REFERENCES units (id),
    member_id   UUID NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('ADMIN', 'MODERATOR', 'COMMITTEE_MEMBER')),
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE,
    granted_by  UUID,
    ended_by    UUID,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX unit_roles_by_member ON unit_roles (member_id, role);
CREATE INDEX unit_roles_by_unit ON unit_roles (unit_id, role);

-- Who changed what in which unit, and when: role changes and structural changes
CREATE TABLE unit_audit (
    id                BIGSERIAL PRIMARY KEY,
    unit_id           UUID NOT NULL REFERENCES units (id),
    at                TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    -- null when the platform acted by itself (placement) or the actor's account was deleted
    actor_id          UUID,
    actor_forgotten   BOOLEAN NOT NULL DEFAULT false,
    action            TEXT NOT NULL,
    subject_member_id UUID,
    related_unit_id   UUID REFERENCES units (id),
    detail            TEXT
);
CREATE INDEX unit_audit_by_unit ON unit_audit (unit_id, at DESC);

INSERT INTO units (id, level, status, name, path)
VALUES ('00000000-0000-0000-0000-000000000001', 'INTERNATIONAL', 'ACTIVE', 'International',
        ARRAY['00000000-0000-0000-0000-000000000001']::uuid[]);
