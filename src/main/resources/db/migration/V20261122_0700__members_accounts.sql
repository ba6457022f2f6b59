-- Members' accounts, profiles and privacy settings. A deleted account keeps its row as a tombstone (id and dates
-- only) so that what the member wrote stays attributed to "former member".

CREATE TABLE member (
    id                     UUID PRIMARY KEY,
    email                  TEXT,
    email_verified_at      TIMESTAMP WITH TIME ZONE,
    password_hash          TEXT,
    display_name           TEXT,
    real_name              TEXT,
    bio                    TEXT,
    country_code           CHAR(2),
    locality               TEXT,
    neighbourhood          TEXT,
    language               TEXT NOT NULL DEFAULT 'en',
    hidden                 BOOLEAN NOT NULL DEFAULT FALSE,
    locality_audience      TEXT NOT NULL DEFAULT 'CHAPTER',
    neighbourhood_audience TEXT NOT NULL DEFAULT 'CHAPTER',
    real_name_audience     TEXT NOT NULL DEFAULT 'ADMINS',
    bio_audience           TEXT NOT NULL DEFAULT 'MEMBERS',
    email_audience         TEXT NOT NULL DEFAULT 'ADMINS',
    joined_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at             TIMESTAMP WITH TIME ZONE,
    CONSTRAINT member_audiences_known CHECK (
        locality_audience IN ('EVERYONE', 'MEMBERS', 'CHAPTER', 'ADMINS')
        AND neighbourhood_audience IN ('EVERYONE', 'MEMBERS', 'CHAPTER', 'ADMINS')
        AND real_name_audience IN ('EVERYONE', 'MEMBERS', 'CHAPTER', 'ADMINS')
        AND bio_audience IN ('EVERYONE', 'MEMBERS', 'CHAPTER', 'ADMINS')
        AND email_audience IN ('EVERYONE', 'MEMBERS', 'CHAPTER', 'ADMINS')),
    CONSTRAINT member_alive_has_account CHECK (
        deleted_at IS NOT NULL OR (email IS NOT NULL AND password_hash IS NOT NULL AND display_name IS NOT NULL))
);

-- one account per address, whatever its case
CREATE UNIQUE INDEX member_email_key ON member (lower(email)) WHERE email IS NOT NULL;
-- directories and statistics count verified, living members
CREATE INDEX member_verified_idx ON member (email_verified_at) WHERE deleted_at IS NULL;

-- One-time links sent by email: verifying an address, resetting a password, confirming a new address.
-- Only the SHA-256 of the token is kept.
CREATE TABLE member_token (
    token_hash  BYTEA PRIMARY KEY,
    member_id   UUID NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    new_email   TEXT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX member_token_member_idx ON member_token (member_id, purpose);

-- The one-time setup link that lets the first international admin claim the role. A new link is made at each
-- start while no international admin exists; claiming spends them all.
CREATE TABLE setup_link (
    token_hash  BYTEA PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    spent_at    TIMESTAMP WITH TIME ZONE,
    claimed_by  UUID
);
