-- Forums: each unit's categories, their topics and the topics' replies; who follows or mutes what, how far each
-- member has read each topic, and what moderators did to topics (pinned, closed, moved).

-- Unit ids carry no foreign key: a chapter deleted for good (ChapterDeleted) goes first, and the forum's listener
-- deletes what it kept for it afterwards.

-- A unit's categories; name and description null mean the default "General" category, named in the reader's language.
CREATE TABLE forum_category (
    id          UUID PRIMARY KEY,
    unit_id     UUID NOT NULL,
    name        TEXT CHECK (char_length(name) BETWEEN 1 AND 120),
    description TEXT CHECK (char_length(description) <= 1000),
    position    INT NOT NULL,
    archived    BOOLEAN NOT NULL DEFAULT false,
    is_default  BOOLEAN NOT NULL DEFAULT false,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX forum_category_unit_idx ON forum_category (unit_id, position);
-- one default category per unit, even when two first visits race
CREATE UNIQUE INDEX forum_category_default_idx ON forum_category (unit_id) WHERE is_default;

CREATE TABLE forum_topic (
    id               UUID PRIMARY KEY,
    category_id      UUID NOT NULL REFERENCES forum_category (id),
    -- the category's unit, kept here so unit-wide lists (sections, feeds, what is new) need no join
    unit_id          UUID NOT NULL,
    author_id        UUID REFERENCES member (id) ON DELETE SET NULL,
    title            TEXT NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    body             TEXT NOT NULL,
    language         TEXT NOT NULL,
    visibility       TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'MEMBERS', 'UNIT')),
    state            TEXT NOT NULL CHECK (state IN ('PUBLISHED', 'PENDING', 'HIDDEN', 'REMOVED')),
    state_reason     TEXT,
    pinned           BOOLEAN NOT NULL DEFAULT false,
    closed           BOOLEAN NOT NULL DEFAULT false,
    -- the number of the last reply: replies are numbered 1, 2, ... and never renumbered
    last_number      INT NOT NULL DEFAULT 0,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at        TIMESTAMP WITH TIME ZONE,
    last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- a category's list: pinned first, then by last activity, by keyset
CREATE INDEX forum_topic_category_idx ON forum_topic (category_id, pinned DESC, last_activity_at DESC, id DESC);
CREATE INDEX forum_topic_unit_activity_idx ON forum_topic (unit_id, last_activity_at DESC) WHERE state = 'PUBLISHED';
CREATE INDEX forum_topic_unit_created_idx ON forum_topic (unit_id, created_at DESC) WHERE state = 'PUBLISHED';
CREATE INDEX forum_topic_author_idx ON forum_topic (author_id);

CREATE TABLE forum_reply (
    id           UUID PRIMARY KEY,
    topic_id     UUID NOT NULL REFERENCES forum_topic (id),
    -- the topic's unit, kept for "what is new" across units
    unit_id      UUID NOT NULL,
    number       INT NOT NULL,
    author_id    UUID REFERENCES member (id) ON DELETE SET NULL,
    body         TEXT NOT NULL,
    quoted_id    UUID REFERENCES forum_reply (id),
    state        TEXT NOT NULL CHECK (state IN ('PUBLISHED', 'PENDING', 'HIDDEN', 'REMOVED')),
    state_reason TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at    TIMESTAMP WITH TIME ZONE,
    -- a page of a topic is a range of numbers: one index range scan, whatever the topic's length
    CONSTRAINT forum_reply_number_key UNIQUE (topic_id, number)
);
CREATE INDEX forum_reply_unit_created_idx ON forum_reply (unit_id, created_at DESC) WHERE state = 'PUBLISHED';
CREATE INDEX forum_reply_author_idx ON forum_reply (author_id);
CREATE INDEX forum_reply_quoted_idx ON forum_reply (quoted_id) WHERE quoted_id IS NOT NULL;

-- A member follows or mutes a unit's forum, a category or a topic; a mute anywhere above wins over a follow.
CREATE TABLE forum_subscription (
    member_id   UUID NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    target_type TEXT NOT NULL CHECK (target_type IN ('FORUM', 'CATEGORY', 'TOPIC')),
    target_id   UUID NOT NULL,
    mode        TEXT NOT NULL CHECK (mode IN ('FOLLOW', 'MUTE')),
    PRIMARY KEY (member_id, target_type, target_id)
);
CREATE INDEX forum_subscription_target_idx ON forum_subscription (target_type, target_id);

-- How far a member has read a topic: the number of the last reply they were shown.
CREATE TABLE forum_read (
    member_id UUID NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    topic_id  UUID NOT NULL REFERENCES forum_topic (id) ON DELETE CASCADE,
    last_read INT NOT NULL,
    PRIMARY KEY (member_id, topic_id)
);

-- What moderators did to a topic, shown on it ("moved from General by a moderator").
CREATE TABLE forum_moderation (
    id            UUID PRIMARY KEY,
    topic_id      UUID NOT NULL REFERENCES forum_topic (id) ON DELETE CASCADE,
    action        TEXT NOT NULL CHECK (action IN ('PINNED', 'UNPINNED', 'CLOSED', 'REOPENED', 'MOVED')),
    moderator_id  UUID REFERENCES member (id) ON DELETE SET NULL,
    from_category UUID REFERENCES forum_category (id) ON DELETE SET NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX forum_moderation_topic_idx ON forum_moderation (topic_id, at);
CREATE INDEX forum_moderation_moderator_idx ON forum_moderation (moderator_id);
