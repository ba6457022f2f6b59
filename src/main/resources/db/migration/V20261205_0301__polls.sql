-- Polls and ballots (docs/polls.md). A poll's roll is frozen when voting opens; participation says who voted,
-- ballots say what was voted. A secret ballot holds no member id and no time, has a random id, and is rewritten in
-- random order (BallotMixing), so neither its columns nor its place in the table lead back to a participation row.
CREATE TABLE polls (
    id                   uuid PRIMARY KEY,
    unit_id              uuid        NOT NULL,
    created_by           uuid,
    title                text        NOT NULL,
    description          text        NOT NULL,
    language             text        NOT NULL,
    type                 text        NOT NULL,
    seats                integer     NOT NULL CHECK (seats > 0),
    opens_at             timestamptz NOT NULL,
    closes_at            timestamptz NOT NULL,
    secrecy              text        NOT NULL CHECK (secrecy IN ('SECRET', 'OPEN')),
    weighting            text        NOT NULL CHECK (weighting IN ('DIRECT', 'CHAPTER_WEIGHTED')),
    quorum_ballots       bigint      NOT NULL DEFAULT 0,
    quorum_numerator     bigint,
    quorum_denominator   bigint,
    threshold_comparison text        NOT NULL,
    threshold_numerator  bigint      NOT NULL,
    threshold_denominator bigint     NOT NULL,
    threshold_base       text        NOT NULL,
    origin               text,
    state                text        NOT NULL CHECK (state IN ('SCHEDULED', 'OPEN', 'CLOSED')),
    roll_size            bigint,
    roll_hash            text,
    reminded             boolean     NOT NULL DEFAULT false,
    outcome              text,
    winners              text[]      NOT NULL DEFAULT '{}',
    ballots_cast         bigint,
    result               jsonb,
    board_hash           text,
    closed_at            timestamptz,
    counted_at           timestamptz,
    created_at           timestamptz NOT NULL,
    CHECK (closes_at > opens_at)
);

CREATE INDEX polls_unit ON polls (unit_id, closes_at DESC, id);
CREATE INDEX polls_origin ON polls (origin, created_at DESC) WHERE origin IS NOT NULL;
CREATE INDEX polls_due ON polls (closes_at) WHERE state <> 'CLOSED';
CREATE INDEX polls_created_by ON polls (created_by) WHERE created_by IS NOT NULL;

CREATE TABLE poll_options (
    poll_id  uuid    NOT NULL REFERENCES polls ON DELETE CASCADE,
    position integer NOT NULL,
    label    text    NOT NULL,
    PRIMARY KEY (poll_id, position),
    UNIQUE (poll_id, label)
);

-- The electorate frozen when voting opened, with each member's residence chapter then (turnout per chapter and
-- chapter weighting).
CREATE TABLE poll_roll (
    poll_id    uuid NOT NULL REFERENCES polls ON DELETE CASCADE,
    member_id  uuid NOT NULL,
    chapter_id uuid,
    PRIMARY KEY (poll_id, member_id)
);
CREATE INDEX poll_roll_member ON poll_roll (member_id);
CREATE INDEX poll_roll_chapter ON poll_roll (poll_id, chapter_id);

-- Every change to a roll after it was frozen (a member erased), said without naming anyone.
CREATE TABLE poll_roll_changes (
    poll_id    uuid        NOT NULL REFERENCES polls ON DELETE CASCADE,
    changed_at timestamptz NOT NULL,
    change     text        NOT NULL,
    roll_size  bigint      NOT NULL
);
CREATE INDEX poll_roll_changes_poll ON poll_roll_changes (poll_id, changed_at);

-- Who voted: one row per member and poll (the unique key that makes one member one ballot). No time, no ballot.
CREATE TABLE poll_participation (
    poll_id    uuid NOT NULL REFERENCES polls ON DELETE CASCADE,
    member_id  uuid NOT NULL,
    chapter_id uuid,
    PRIMARY KEY (poll_id, member_id)
);
CREATE INDEX poll_participation_member ON poll_participation (member_id);
CREATE INDEX poll_participation_chapter ON poll_participation (poll_id, chapter_id);

-- What was voted. voter_key is a keyed hash of (poll, member) whose key is kept outside the database, so the
-- member's own ballot can be replaced when they change their vote while a database reader cannot tell whose it is.
-- member_id is set on open ballots only; chapter_id on chapter-weighted polls only. mixed is false for a ballot
-- written since the last mix (BallotMixing rewrites those, with as many older ones, in random order).
CREATE TABLE poll_ballots (
    id         uuid  PRIMARY KEY,
    poll_id    uuid  NOT NULL REFERENCES polls ON DELETE CASCADE,
    voter_key  bytea NOT NULL,
    receipt    text  NOT NULL,
    choice     text  NOT NULL,
    reason     text,
    chapter_id uuid,
    member_id  uuid,
    mixed      boolean NOT NULL DEFAULT false,
    UNIQUE (poll_id, voter_key),
    UNIQUE (poll_id, receipt)
);
CREATE INDEX poll_ballots_member ON poll_ballots (member_id) WHERE member_id IS NOT NULL;
CREATE INDEX poll_ballots_unmixed ON poll_ballots (poll_id) WHERE NOT mixed;
