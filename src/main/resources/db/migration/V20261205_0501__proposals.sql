-- Proposals put to a unit: the text's versions, supporters, amendments; the state by the server's clock.
CREATE TABLE proposal (
    id               uuid PRIMARY KEY,
    unit_id          uuid        NOT NULL,
    author_id        uuid,
    title            text        NOT NULL,
    language         text        NOT NULL,
    visibility       text        NOT NULL CHECK (visibility IN ('PUBLIC', 'MEMBERS', 'UNIT')),
    phase            text        NOT NULL CHECK (phase IN ('DISCUSSION', 'VOTING', 'CLOSED')),
    content_state    text        NOT NULL DEFAULT 'PUBLISHED',
    hidden_reason    text,
    version          integer     NOT NULL DEFAULT 1,
    support_needed   integer     NOT NULL CHECK (support_needed >= 0),
    supporters       integer     NOT NULL DEFAULT 0,
    poll_type        text        NOT NULL,
    quorum_percent   integer     NOT NULL,
    two_thirds       boolean     NOT NULL,
    created_at       timestamptz NOT NULL,
    discussion_ends  timestamptz NOT NULL,
    voting_ends      timestamptz NOT NULL,
    poll_id          uuid,
    outcome          text,
    outcome_at       timestamptz,
    -- new proposal rules for the unit that the proposal puts to the vote: recorded, ratified, when it is adopted
    rules_change     jsonb,
    CHECK (discussion_ends > created_at AND voting_ends > discussion_ends),
    CHECK ((phase = 'CLOSED') = (outcome IS NOT NULL))
);

-- the unit's lists by phase, newest first, with keyset pagination on (created_at, id)
CREATE INDEX proposal_unit_phase ON proposal (unit_id, phase, created_at DESC, id DESC);
CREATE INDEX proposal_unit_outcome ON proposal (unit_id, outcome_at DESC, id DESC) WHERE phase = 'CLOSED';
-- what the clock moves on
CREATE INDEX proposal_discussion_due ON proposal (discussion_ends) WHERE phase = 'DISCUSSION';
CREATE INDEX proposal_voting_due ON proposal (voting_ends) WHERE phase = 'VOTING';
CREATE INDEX proposal_author ON proposal (author_id) WHERE author_id IS NOT NULL;
CREATE UNIQUE INDEX proposal_poll ON proposal (poll_id) WHERE poll_id IS NOT NULL;

CREATE TABLE proposal_version (
    proposal_id  uuid        NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    version      integer     NOT NULL CHECK (version > 0),
    title        text        NOT NULL,
    body         text        NOT NULL,
    editor_id    uuid,
    amendment_id uuid,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (proposal_id, version)
);
CREATE INDEX proposal_version_editor ON proposal_version (editor_id) WHERE editor_id IS NOT NULL;

-- one support per member and proposal: supporting twice is refused by the key
CREATE TABLE proposal_support (
    proposal_id uuid        NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    member_id   uuid        NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (proposal_id, member_id)
);
CREATE INDEX proposal_support_member ON proposal_support (member_id);

CREATE TABLE proposal_amendment (
    id           uuid PRIMARY KEY,
    proposal_id  uuid        NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    author_id    uuid,
    base_version integer     NOT NULL,
    body         text        NOT NULL,
    reason       text        NOT NULL,
    state        text        NOT NULL CHECK (state IN ('OPEN', 'ACCEPTED', 'DECLINED')),
    created_at   timestamptz NOT NULL,
    decided_at   timestamptz
);
CREATE INDEX proposal_amendment_proposal ON proposal_amendment (proposal_id, created_at);
CREATE INDEX proposal_amendment_author ON proposal_amendment (author_id) WHERE author_id IS NOT NULL;
