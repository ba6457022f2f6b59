-- Committee queries: a proposal circulated to a unit's committee, each committee member's answer, and every step
-- of its way (circulated, answered, closed at the deadline, adopted, rejected, escalated to a member poll, run-off).
CREATE TABLE committee_query (
    id              uuid PRIMARY KEY,
    unit_id         uuid        NOT NULL,
    author_id       uuid,
    title           text        NOT NULL,
    body            text        NOT NULL,
    language        text        NOT NULL,
    created_at      timestamptz NOT NULL,
    deadline        timestamptz NOT NULL,
    status          text        NOT NULL CHECK (status IN ('OPEN', 'ADOPTED', 'REJECTED', 'ESCALATED', 'POLLED',
                                                           'RUNOFF', 'SETTLED')),
    -- the procedure in force when it was circulated (JSON of CommitteeProcedures) and its version (null: default)
    procedure       jsonb       NOT NULL,
    procedure_version integer,
    token_key       bytea       NOT NULL,
    poll_id         uuid,
    poll_winner     text,
    runoff_poll_id  uuid,
    closed_at       timestamptz,
    CHECK (deadline > created_at)
);
-- a unit's queries, newest first, paged by keyset; the deadline sweep; a member's own queries (export, erasure)
CREATE INDEX committee_query_by_unit ON committee_query (unit_id, created_at DESC, id DESC);
CREATE INDEX committee_query_due ON committee_query (deadline) WHERE status = 'OPEN';
CREATE INDEX committee_query_by_author ON committee_query (author_id) WHERE author_id IS NOT NULL;
CREATE INDEX committee_query_by_poll ON committee_query (poll_id) WHERE poll_id IS NOT NULL;

-- One row per committee member the query was circulated to (the committee is frozen then); answer null until they
-- answer, NO_REPLY once the deadline passed without one. An erased member's row keeps its answer, member_id null.
CREATE TABLE committee_answer (
    id          uuid PRIMARY KEY,
    query_id    uuid        NOT NULL REFERENCES committee_query (id),
    member_id   uuid,
    answer      text CHECK (answer IN ('CONSENT', 'OBJECT', 'BLOCK', 'ABSTAIN', 'NO_REPLY')),
    reason      text        NOT NULL DEFAULT '',
    answered_at timestamptz,
    via         text CHECK (via IN ('LINK', 'EMAIL', 'SITE', 'DEADLINE')),
    UNIQUE (query_id, member_id),
    CHECK (answer <> 'BLOCK' OR reason <> '')
);
CREATE INDEX committee_answer_by_member ON committee_answer (member_id) WHERE member_id IS NOT NULL;

-- What happened, in order: visible to the unit's members on the query's page.
CREATE TABLE committee_step (
    id         bigserial PRIMARY KEY,
    query_id   uuid        NOT NULL REFERENCES committee_query (id),
    at         timestamptz NOT NULL,
    kind       text        NOT NULL,
    member_id  uuid,
    detail     text[]      NOT NULL DEFAULT '{}'
);
CREATE INDEX committee_step_by_query ON committee_step (query_id, id);
CREATE INDEX committee_step_by_member ON committee_step (member_id) WHERE member_id IS NOT NULL;
