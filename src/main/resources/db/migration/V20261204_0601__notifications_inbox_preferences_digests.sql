-- A member's notification list: one row per line of the list. A notification of a declared kind (a
-- NotificationCatalog's) about the same link as an unread line of the same kind joins that line (count, the names
-- of the latest) instead of adding one, so "3 people liked your post" is one row and the list pages by keyset.
-- The text is not stored: the kind and its parameters are, and the line is written in the reader's language when
-- it is shown.
CREATE TABLE member_notification (
    id          uuid PRIMARY KEY,
    member_id   uuid                     NOT NULL,
    kind        text                     NOT NULL,
    link        text,
    parameters  jsonb                    NOT NULL DEFAULT '[]',
    -- the first text parameter of the latest notifications joined into the line, newest first (who did it)
    names       text[]                   NOT NULL DEFAULT '{}',
    count       int                      NOT NULL DEFAULT 1,
    unit_id     uuid,
    unit_name   text,
    thread_type text,
    thread_id   uuid,
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    read_at     timestamp with time zone,
    -- DAILY or WEEKLY while the line waits for that digest; cleared once a digest took it
    digest      text,
    digest_id   uuid,
    CONSTRAINT member_notification_digest_period CHECK (digest IS NULL OR digest IN ('DAILY', 'WEEKLY'))
);
-- the list, newest first, by keyset (updated_at, id)
CREATE INDEX member_notification_list_idx ON member_notification (member_id, updated_at DESC, id DESC);
-- the bell's count and the line a new notification joins
CREATE INDEX member_notification_unread_idx ON member_notification (member_id, kind, link) WHERE read_at IS NULL;
-- the digests' work: who has lines waiting for which period
CREATE INDEX member_notification_waiting_idx ON member_notification (digest, member_id) WHERE digest IS NOT NULL;
CREATE INDEX member_notification_digest_idx ON member_notification (digest_id) WHERE digest_id IS NOT NULL;

-- How a member chose to receive a kind by email; no row: the kind's default.
CREATE TABLE notification_preference (
    member_id  uuid                     NOT NULL,
    kind       text                     NOT NULL,
    delivery   text                     NOT NULL CHECK (delivery IN ('IMMEDIATELY', 'DAILY', 'WEEKLY', 'NEVER')),
    changed_at timestamp with time zone NOT NULL,
    PRIMARY KEY (member_id, kind)
);

-- One row per digest a member was sent: the primary key makes a retry, or a second node, send nothing twice.
CREATE TABLE notification_digest (
    id         uuid                     NOT NULL UNIQUE,
    member_id  uuid                     NOT NULL,
    period     text                     NOT NULL CHECK (period IN ('DAILY', 'WEEKLY')),
    period_key date                     NOT NULL,
    created_at timestamp with time zone NOT NULL,
    PRIMARY KEY (member_id, period, period_key)
);

-- Outbox rows remember the thread a reply by email goes to.
ALTER TABLE notification ADD COLUMN thread_type text, ADD COLUMN thread_id uuid;

-- Each incoming reply is handled once, by its Message-ID, however often the mailbox shows it.
CREATE TABLE inbound_reply (
    message_id  text PRIMARY KEY,
    received_at timestamp with time zone NOT NULL,
    outcome     text                     NOT NULL
);
