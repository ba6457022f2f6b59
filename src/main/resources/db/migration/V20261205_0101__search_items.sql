-- The full-text search index: one row per item of member content (a post, topic, reply, comment...), kept by the
-- search module in the transaction that writes the item. A reply or comment carries the unit, visibility, state and
-- title of the item it belongs to (its root), copied when that item changes.
CREATE TABLE search_item (
    type        text        NOT NULL,
    id          uuid        NOT NULL,
    root_type   text        NOT NULL,
    root_id     uuid        NOT NULL,
    unit_id     uuid        NOT NULL,
    -- the unit and every unit above it: a search within a unit finds what lives in it and below it
    units       uuid[]      NOT NULL,
    author_id   uuid,
    visibility  text        NOT NULL,
    state       text        NOT NULL,
    root_state  text        NOT NULL,
    language    text        NOT NULL,
    config      regconfig   NOT NULL,
    title       text        NOT NULL,
    root_title  text        NOT NULL,
    body        text        NOT NULL,
    path        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    document    tsvector    NOT NULL,
    PRIMARY KEY (type, id)
);

-- Only what readers may find is in the text index: published items whose root is published.
CREATE INDEX search_item_document ON search_item USING gin (document)
    WHERE state = 'PUBLISHED' AND root_state = 'PUBLISHED';
CREATE INDEX search_item_units ON search_item USING gin (units)
    WHERE state = 'PUBLISHED' AND root_state = 'PUBLISHED';
CREATE INDEX search_item_root ON search_item (root_type, root_id);
CREATE INDEX search_item_unit ON search_item (unit_id);
CREATE INDEX search_item_author ON search_item (author_id, created_at);
-- A search whose words match very many items shows the newest first, read along this index.
CREATE INDEX search_item_newest ON search_item (created_at DESC, type DESC, id DESC)
    WHERE state = 'PUBLISHED' AND root_state = 'PUBLISHED';
