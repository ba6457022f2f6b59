-- Moderation by level: flags, the queue of items waiting for a moderator, the log of what moderators did,
-- suspensions from posting (an exclusion is a suspension on the international, until lifted) and appeals.

-- One flag per member per item; a flagger's account erased keeps the flag counting, without the flagger.
CREATE TABLE moderation_flag (
    id          UUID PRIMARY KEY,
    content_ref TEXT NOT NULL,
    unit_id     UUID NOT NULL REFERENCES units (id),
    flagger_id  UUID REFERENCES member (id) ON DELETE SET NULL,
    reason      TEXT NOT NULL CHECK (reason IN ('SPAM', 'ABUSE', 'OFF_TOPIC', 'OTHER')),
    note        TEXT CHECK (char_length(note) <= 500),
    -- whether the flag counted towards hiding the item on its own (a flagger in good standing)
    weighty     BOOLEAN NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set when a moderator dealt with the item (dismissed, hid, removed...)
    resolved_at TIMESTAMP WITH TIME ZONE,
    CHECK ((reason = 'OTHER') = (note IS NOT NULL))
);
CREATE UNIQUE INDEX moderation_flag_once ON moderation_flag (content_ref, flagger_id);
CREATE INDEX moderation_flag_open ON moderation_flag (content_ref) WHERE resolved_at IS NULL;
CREATE INDEX moderation_flag_by_flagger ON moderation_flag (flagger_id) WHERE flagger_id IS NOT NULL;

-- The items waiting for a moderator in each unit: flagged, held for approval, or both. Oldest first.
CREATE TABLE moderation_queue (
    content_ref TEXT PRIMARY KEY,
    unit_id     UUID NOT NULL REFERENCES units (id),
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    held        BOOLEAN NOT NULL DEFAULT FALSE,
    flagged     BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX moderation_queue_by_unit ON moderation_queue (unit_id, since, content_ref);

-- Who did what, why and when; kept when the actor's account goes (then "former member").
CREATE TABLE moderation_log (
    id           UUID PRIMARY KEY,
    unit_id      UUID NOT NULL REFERENCES units (id),
    actor_id     UUID REFERENCES member (id) ON DELETE SET NULL,
    -- null actor: the platform itself (auto-hiding) unless actor_gone
    actor_gone   BOOLEAN NOT NULL DEFAULT FALSE,
    action       TEXT NOT NULL,
    content_ref  TEXT,
    -- the item's title and address when the action was taken, so the log reads without asking its module
    item_title   TEXT,
    item_path    TEXT,
    -- the text before a moderator's edit, to put back if an appeal overturns the edit; dropped once decided
    previous_text TEXT,
    subject_id   UUID REFERENCES member (id) ON DELETE SET NULL,
    reason       TEXT CHECK (char_length(reason) <= 1000),
    until        TIMESTAMP WITH TIME ZONE,
    -- the log entry this one answers (an appeal's outcome, a lift)
    about        UUID REFERENCES moderation_log (id),
    at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX moderation_log_by_unit ON moderation_log (unit_id, at DESC, id DESC);
-- the international's log reads everything, newest first
CREATE INDEX moderation_log_by_time ON moderation_log (at DESC, id DESC);
CREATE INDEX moderation_log_by_subject ON moderation_log (subject_id, at) WHERE subject_id IS NOT NULL;
CREATE INDEX moderation_log_by_actor ON moderation_log (actor_id) WHERE actor_id IS NOT NULL;
CREATE INDEX moderation_log_by_item ON moderation_log (content_ref, at) WHERE content_ref IS NOT NULL;

-- Suspended from posting in the unit and every unit below it; on the international, an exclusion.
CREATE TABLE moderation_suspension (
    id         UUID PRIMARY KEY,
    member_id  UUID NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    unit_id    UUID NOT NULL REFERENCES units (id),
    reason     TEXT NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- null: until lifted
    ends_at    TIMESTAMP WITH TIME ZONE,
    lifted_at  TIMESTAMP WITH TIME ZONE,
    log_id     UUID NOT NULL REFERENCES moderation_log (id)
);
CREATE INDEX moderation_suspension_of_member ON moderation_suspension (member_id) WHERE lifted_at IS NULL;
CREATE INDEX moderation_suspension_by_unit ON moderation_suspension (unit_id) WHERE lifted_at IS NULL;

-- One appeal per moderation action; it waits in the queue of the unit above the one whose moderator acted.
CREATE TABLE moderation_appeal (
    id          UUID PRIMARY KEY,
    log_id      UUID NOT NULL UNIQUE REFERENCES moderation_log (id),
    appellant_id UUID REFERENCES member (id) ON DELETE SET NULL,
    -- where it is decided: the parent of the acting unit (the international for the international itself)
    unit_id     UUID NOT NULL REFERENCES units (id),
    -- who may not decide it: the moderator who acted
    acted_by    UUID,
    text        TEXT NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     TEXT CHECK (outcome IN ('UPHELD', 'OVERTURNED')),
    decided_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX moderation_appeal_open ON moderation_appeal (unit_id, created_at) WHERE outcome IS NULL;
CREATE INDEX moderation_appeal_by_appellant ON moderation_appeal (appellant_id) WHERE appellant_id IS NOT NULL;
